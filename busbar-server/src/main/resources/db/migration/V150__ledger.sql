-- Payments (module payments): a double-entry ledger. Amounts are debits (positive) and credits (negative); the
-- entries of a journal sum to zero per currency. Balances are sums of entries: nothing else holds money.

CREATE TABLE ledger_accounts
(
    -- readable and derived from what it holds: 'cash:<account>', 'promo:<promotion>', 'receivable:<account>',
    -- 'revenue:EUR', 'provider-clearing:EUR', 'promotions-expense:EUR'
    id         text COLLATE "C" PRIMARY KEY,
    kind       text    NOT NULL CHECK (kind IN ('WALLET_CASH', 'WALLET_PROMOTIONAL', 'RECEIVABLE', 'REVENUE',
                                                'PROVIDER_CLEARING', 'PROMOTIONS_EXPENSE')),
    account_id uuid REFERENCES accounts (id),
    currency   char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    -- promotional credit only: when what is left of it lapses
    expires_at timestamptz,
    reason     text CHECK (length(reason) <= 500),
    UNIQUE (id, currency),
    CHECK ((kind IN ('WALLET_CASH', 'WALLET_PROMOTIONAL', 'RECEIVABLE')) = (account_id IS NOT NULL)),
    CHECK ((kind = 'WALLET_PROMOTIONAL') = (expires_at IS NOT NULL))
);
CREATE INDEX ledger_accounts_by_account ON ledger_accounts (account_id, kind);

CREATE TABLE ledger_journals
(
    id         uuid PRIMARY KEY,
    kind       text             NOT NULL CHECK (kind IN ('TOP_UP', 'SESSION_CHARGE', 'REFUND', 'PROMO_CREDIT',
                                                         'PROMO_EXPIRY', 'PAYMENT_RECEIVED', 'CAPTURE')),
    -- what the journal settles (session id, top-up id, credit note id, promotion id, payment reference)
    reference  text COLLATE "C" NOT NULL CHECK (length(reference) BETWEEN 1 AND 200),
    account_id uuid REFERENCES accounts (id),
    note       text CHECK (length(note) <= 500),
    posted_at  timestamptz      NOT NULL,
    seq        bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    -- posting the same thing twice is a no-op (a retried stop, a redelivered event)
    UNIQUE (kind, reference)
);
CREATE INDEX ledger_journals_by_account ON ledger_journals (account_id, seq);

CREATE TABLE ledger_entries
(
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    journal_id     uuid             NOT NULL REFERENCES ledger_journals (id),
    ledger_account text COLLATE "C" NOT NULL,
    amount         numeric(19, 4)   NOT NULL CHECK (amount <> 0),
    currency       char(3)          NOT NULL,
    FOREIGN KEY (ledger_account, currency) REFERENCES ledger_accounts (id, currency)
);
CREATE INDEX ledger_entries_by_journal ON ledger_entries (journal_id);
CREATE INDEX ledger_entries_by_account ON ledger_entries (ledger_account);

-- Append-only: corrections are new journals (a refund, an expiry), never edits.
CREATE FUNCTION ledger_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER ledger_entries_append_only
    BEFORE UPDATE OR DELETE ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_entries_no_truncate
    BEFORE TRUNCATE ON ledger_entries FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_journals_append_only
    BEFORE UPDATE OR DELETE ON ledger_journals FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_journals_no_truncate
    BEFORE TRUNCATE ON ledger_journals FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

-- At commit: every journal touched has at least two entries and sums to zero in each currency, and no wallet
-- (cash or promotional credit, credit-normal: balance = -sum) is below zero.
CREATE FUNCTION ledger_check_journal() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    unbalanced text;
    negative   text;
BEGIN
    IF (SELECT count(*) FROM ledger_entries WHERE journal_id = NEW.journal_id) < 2 THEN
        RAISE EXCEPTION 'journal % has fewer than two entries', NEW.journal_id
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT currency INTO unbalanced FROM ledger_entries WHERE journal_id = NEW.journal_id
    GROUP BY currency HAVING sum(amount) <> 0 LIMIT 1;
    IF unbalanced IS NOT NULL THEN
        RAISE EXCEPTION 'journal % does not balance in %', NEW.journal_id, unbalanced
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT a.id INTO negative FROM ledger_accounts a
    WHERE a.id = NEW.ledger_account AND a.kind IN ('WALLET_CASH', 'WALLET_PROMOTIONAL')
      AND (SELECT sum(e.amount) FROM ledger_entries e WHERE e.ledger_account = a.id) > 0;
    IF negative IS NOT NULL THEN
        RAISE EXCEPTION 'wallet % would go negative', negative USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER ledger_entries_balanced
    AFTER INSERT ON ledger_entries DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_check_journal();

-- A journal without entries is caught at commit too.
CREATE FUNCTION ledger_check_journal_has_entries() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF (SELECT count(*) FROM ledger_entries WHERE journal_id = NEW.id) < 2 THEN
        RAISE EXCEPTION 'journal % has fewer than two entries', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER ledger_journals_have_entries
    AFTER INSERT ON ledger_journals DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_check_journal_has_entries();

-- Wallet top-ups: one per Idempotency-Key and account, so a retried request charges the card once.
CREATE TABLE wallet_top_ups
(
    id                 uuid PRIMARY KEY,
    account_id         uuid           NOT NULL REFERENCES accounts (id),
    amount             numeric(19, 4) NOT NULL CHECK (amount > 0),
    currency           char(3)        NOT NULL,
    payment_method     text           NOT NULL CHECK (length(payment_method) <= 64), -- masked
    idempotency_key    text CHECK (length(idempotency_key) <= 200),
    status             text           NOT NULL CHECK (status IN ('COMPLETED', 'DECLINED')),
    provider_reference text,
    decline_reason     text,
    created_at         timestamptz    NOT NULL,
    UNIQUE (account_id, idempotency_key)
);
