-- Customer accounts (module accounts): who pays for a session, found through the id token it started with.

CREATE TABLE accounts
(
    id              uuid PRIMARY KEY,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email           text CHECK (length(email) <= 254),
    kind            text        NOT NULL CHECK (kind IN ('PREPAID', 'POSTPAID')),
    currency        char(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    billing_address text CHECK (length(billing_address) <= 1000),
    created_at      timestamptz NOT NULL,
    seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);

-- A token charges on at most one account (the primary key), so a session's payer is never ambiguous.
CREATE TABLE account_tokens
(
    id_token_value text COLLATE "C" PRIMARY KEY REFERENCES id_tokens (value),
    account_id     uuid        NOT NULL REFERENCES accounts (id),
    linked_at      timestamptz NOT NULL,
    seq            bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX account_tokens_by_account ON account_tokens (account_id, seq);
