-- Ad hoc payments at a charger (module payments): an amount pre-authorised on a card, a one-off id token for the
-- session, and the capture of the final price (the rest released).
CREATE TABLE payment_authorizations
(
    id                 uuid PRIMARY KEY,
    charger_identity   text COLLATE "C" NOT NULL REFERENCES chargers (identity),
    evse_id            int              NOT NULL CHECK (evse_id >= 1),
    amount             numeric(19, 4)   NOT NULL CHECK (amount > 0),
    currency           char(3)          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    payment_method     text             NOT NULL CHECK (length(payment_method) <= 64), -- masked
    id_token_value     text COLLATE "C" NOT NULL UNIQUE REFERENCES id_tokens (value),
    provider_reference text             NOT NULL,
    status             text             NOT NULL CHECK (status IN ('AUTHORIZED', 'CAPTURED', 'RELEASED')),
    captured_amount    numeric(19, 4) CHECK (captured_amount >= 0 AND captured_amount <= amount),
    session_id         uuid,
    idempotency_key    text UNIQUE CHECK (length(idempotency_key) <= 200),
    created_at         timestamptz      NOT NULL,
    expires_at         timestamptz      NOT NULL,
    settled_at         timestamptz,
    CHECK ((status = 'AUTHORIZED') = (settled_at IS NULL)),
    CHECK ((status = 'CAPTURED') = (captured_amount IS NOT NULL))
);
CREATE INDEX payment_authorizations_open ON payment_authorizations (expires_at) WHERE status = 'AUTHORIZED';

-- The sandbox payment provider's own state, so a restart forgets no authorization.
CREATE TABLE sandbox_payments
(
    reference       text PRIMARY KEY,
    kind            text           NOT NULL CHECK (kind IN ('AUTHORIZATION', 'CHARGE')),
    payment_method  text           NOT NULL, -- masked
    amount          numeric(19, 4) NOT NULL CHECK (amount > 0),
    currency        char(3)        NOT NULL,
    status          text           NOT NULL CHECK (status IN ('AUTHORIZED', 'CAPTURED', 'RELEASED', 'CHARGED')),
    captured_amount numeric(19, 4),
    idempotency_key text UNIQUE,
    created_at      timestamptz    NOT NULL
);

-- What the prepaid guard decided to stop, and how the charger answered.
CREATE TABLE prepaid_guard_stops
(
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id       uuid             NOT NULL,
    charger_identity text COLLATE "C" NOT NULL,
    account_id       uuid,
    authorization_id uuid,
    cost_so_far      numeric(19, 4)   NOT NULL,
    projected_cost   numeric(19, 4)   NOT NULL,
    available        numeric(19, 4)   NOT NULL,
    currency         char(3)          NOT NULL,
    outcome          text             NOT NULL CHECK (length(outcome) <= 500),
    decided_at       timestamptz      NOT NULL
);
CREATE INDEX prepaid_guard_stops_by_session ON prepaid_guard_stops (session_id);
