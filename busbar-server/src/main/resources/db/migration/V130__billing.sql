-- Billing (module billing): CDRs, credit notes and invoices. All three are issued once and never change: a
-- trigger refuses UPDATE and DELETE, so a correction is always a new document (a credit note).

-- Gap-free document numbers per kind and year (CDR-2026-000001): the counter row is locked and bumped in the
-- transaction that stores the document, so a rolled-back issue gives its number back.
CREATE TABLE billing_numbers
(
    kind text    NOT NULL CHECK (kind IN ('CDR', 'CN', 'INV')),
    year integer NOT NULL,
    last bigint  NOT NULL CHECK (last >= 0),
    PRIMARY KEY (kind, year)
);

CREATE FUNCTION billing_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% are immutable once issued: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TABLE cdrs
(
    id               uuid PRIMARY KEY,
    number           text        NOT NULL UNIQUE CHECK (number ~ '^CDR-[0-9]{4}-[0-9]{6,}$'),
    -- one CDR per session, however often the session's end is delivered
    session_id       uuid        NOT NULL UNIQUE REFERENCES sessions (id),
    charger_identity text COLLATE "C" NOT NULL,
    evse_id          integer     NOT NULL,
    id_token_masked  text,
    account_id       uuid REFERENCES accounts (id),
    -- null when no tariff was in force (a CDR at zero)
    tariff_id        text,
    tariff_version   integer,
    pricing_note     text        NOT NULL,
    started_at       timestamptz NOT NULL,
    ended_at         timestamptz NOT NULL,
    energy_wh        bigint      NOT NULL CHECK (energy_wh >= 0),
    periods          jsonb       NOT NULL,
    lines            jsonb       NOT NULL,
    adjustments      jsonb       NOT NULL,
    -- [{"vatPercent", "exclVat", "vat", "inclVat"}] per VAT rate: what credit notes and invoices split by rate
    vat_split        jsonb       NOT NULL,
    currency         char(3)     NOT NULL,
    total_excl_vat   numeric     NOT NULL CHECK (total_excl_vat >= 0),
    total_vat        numeric     NOT NULL CHECK (total_vat >= 0),
    total_incl_vat   numeric     NOT NULL CHECK (total_incl_vat = total_excl_vat + total_vat),
    issued_at        timestamptz NOT NULL,
    seq              bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE INDEX cdrs_by_end ON cdrs (ended_at, seq);
CREATE INDEX cdrs_by_account ON cdrs (account_id, ended_at);
CREATE TRIGGER cdrs_immutable BEFORE UPDATE OR DELETE ON cdrs FOR EACH ROW EXECUTE FUNCTION billing_refuse_change();
CREATE TRIGGER cdrs_no_truncate BEFORE TRUNCATE ON cdrs FOR EACH STATEMENT EXECUTE FUNCTION billing_refuse_change();

CREATE TABLE credit_notes
(
    id             uuid PRIMARY KEY,
    number         text        NOT NULL UNIQUE CHECK (number ~ '^CN-[0-9]{4}-[0-9]{6,}$'),
    cdr_id         uuid        NOT NULL REFERENCES cdrs (id),
    account_id     uuid REFERENCES accounts (id),
    currency       char(3)     NOT NULL,
    amount         numeric     NOT NULL CHECK (amount > 0),
    vat            numeric     NOT NULL CHECK (vat >= 0 AND vat <= amount),
    vat_split      jsonb       NOT NULL,
    reason         text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    issued_at      timestamptz NOT NULL,
    seq            bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE INDEX credit_notes_by_cdr ON credit_notes (cdr_id);
CREATE INDEX credit_notes_by_account ON credit_notes (account_id, issued_at);
CREATE TRIGGER credit_notes_immutable BEFORE UPDATE OR DELETE ON credit_notes FOR EACH ROW EXECUTE FUNCTION billing_refuse_change();
CREATE TRIGGER credit_notes_no_truncate BEFORE TRUNCATE ON credit_notes FOR EACH STATEMENT EXECUTE FUNCTION billing_refuse_change();

-- The database, not only the code, refuses to credit more than the CDR's total (the CDR row is locked so two
-- concurrent credit notes cannot both pass).
CREATE FUNCTION credit_notes_within_cdr() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    cdr_total numeric;
    credited  numeric;
BEGIN
    SELECT total_incl_vat INTO cdr_total FROM cdrs WHERE id = NEW.cdr_id FOR UPDATE;
    SELECT coalesce(sum(amount), 0) INTO credited FROM credit_notes WHERE cdr_id = NEW.cdr_id;
    IF credited + NEW.amount > cdr_total THEN
        RAISE EXCEPTION 'credit notes would exceed CDR % total % (already credited %)', NEW.cdr_id, cdr_total, credited
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER credit_notes_within_cdr BEFORE INSERT ON credit_notes FOR EACH ROW EXECUTE FUNCTION credit_notes_within_cdr();

CREATE TABLE invoices
(
    id             uuid PRIMARY KEY,
    number         text        NOT NULL UNIQUE CHECK (number ~ '^INV-[0-9]{4}-[0-9]{6,}$'),
    account_id     uuid        NOT NULL REFERENCES accounts (id),
    period_from    timestamptz NOT NULL,
    period_to      timestamptz NOT NULL CHECK (period_to > period_from),
    currency       char(3)     NOT NULL,
    vat_summary    jsonb       NOT NULL,
    total_excl_vat numeric     NOT NULL,
    total_vat      numeric     NOT NULL,
    total_incl_vat numeric     NOT NULL CHECK (total_incl_vat = total_excl_vat + total_vat),
    issued_at      timestamptz NOT NULL,
    seq            bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE INDEX invoices_by_account ON invoices (account_id, period_from);
CREATE TRIGGER invoices_immutable BEFORE UPDATE OR DELETE ON invoices FOR EACH ROW EXECUTE FUNCTION billing_refuse_change();
CREATE TRIGGER invoices_no_truncate BEFORE TRUNCATE ON invoices FOR EACH STATEMENT EXECUTE FUNCTION billing_refuse_change();

-- One line per CDR (positive) or credit note (negative). The unique keys put each CDR and each credit note on at
-- most one invoice.
CREATE TABLE invoice_lines
(
    invoice_id     uuid        NOT NULL REFERENCES invoices (id),
    position       integer     NOT NULL CHECK (position >= 1),
    cdr_id         uuid UNIQUE REFERENCES cdrs (id),
    credit_note_id uuid UNIQUE REFERENCES credit_notes (id),
    PRIMARY KEY (invoice_id, position),
    CHECK ((cdr_id IS NULL) <> (credit_note_id IS NULL))
);
CREATE TRIGGER invoice_lines_immutable BEFORE UPDATE OR DELETE ON invoice_lines FOR EACH ROW EXECUTE FUNCTION billing_refuse_change();
CREATE TRIGGER invoice_lines_no_truncate BEFORE TRUNCATE ON invoice_lines FOR EACH STATEMENT EXECUTE FUNCTION billing_refuse_change();
