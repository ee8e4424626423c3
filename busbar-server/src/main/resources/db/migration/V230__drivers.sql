-- Drivers of white-label apps (module drivers, issue 7): people who sign up in a tenant's app, with a password, a
-- billing account (their wallet) and the id tokens that charge on it. Drivers are not operators: they authenticate
-- with their own bearer tokens (JWT access tokens + rotating refresh tokens), never with API keys.
CREATE TABLE drivers
(
    id                  uuid PRIMARY KEY,
    tenant_id           uuid        NOT NULL REFERENCES tenants (id),
    email               text        NOT NULL CHECK (length(email) <= 254 AND email ~ '^[^@\s]+@[^@\s]+$'),
    name                text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    -- Argon2id in its PHC string form ($argon2id$v=19$m=...,t=...,p=...$salt$hash): never the password itself.
    password_hash       text        NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    account_id          uuid        NOT NULL UNIQUE REFERENCES accounts (id),
    app_token           text COLLATE "C" NOT NULL UNIQUE REFERENCES id_tokens (value),
    created_at          timestamptz NOT NULL,
    password_changed_at timestamptz NOT NULL,
    seq                 bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);
-- One driver per e-mail address and tenant, whatever the case; the same address in two tenants is two drivers.
CREATE UNIQUE INDEX drivers_email_per_tenant ON drivers (tenant_id, lower(email));
CREATE INDEX drivers_by_tenant ON drivers (tenant_id, seq);

-- The tokens a driver charges with: the app token made at sign-up and the RFID cards the driver added. A removed
-- card keeps its row (removed_at) so the driver's history still shows the sessions charged with it.
CREATE TABLE driver_tokens
(
    id_token_value text COLLATE "C" PRIMARY KEY REFERENCES id_tokens (value),
    driver_id      uuid        NOT NULL REFERENCES drivers (id),
    kind           text        NOT NULL CHECK (kind IN ('APP', 'CARD')),
    label          text CHECK (length(label) <= 100),
    added_at       timestamptz NOT NULL,
    removed_at     timestamptz
);
CREATE INDEX driver_tokens_by_driver ON driver_tokens (driver_id, added_at);

-- Refresh tokens are random 256-bit values: only their SHA-256 is kept. Each use rotates the token within its family;
-- presenting a used one again revokes the family (a stolen token was replayed).
CREATE TABLE driver_refresh_tokens
(
    token_hash bytea PRIMARY KEY,
    driver_id  uuid        NOT NULL REFERENCES drivers (id),
    family     uuid        NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    revoked_at timestamptz
);
CREATE INDEX driver_refresh_tokens_by_family ON driver_refresh_tokens (family);
CREATE INDEX driver_refresh_tokens_by_driver ON driver_refresh_tokens (driver_id);

-- One-time password-reset links: only the SHA-256 of the random token is kept.
CREATE TABLE driver_password_resets
(
    token_hash bytea PRIMARY KEY,
    driver_id  uuid        NOT NULL REFERENCES drivers (id),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX driver_password_resets_by_driver ON driver_password_resets (driver_id);

-- Starts from the app under an Idempotency-Key: the first request claims the key (answer still null), the charger's
-- answer is stored, and the same key gets the same answer again without a second RemoteStart.
CREATE TABLE driver_app_starts
(
    driver_id       uuid        NOT NULL REFERENCES drivers (id),
    idempotency_key text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    charger         text        NOT NULL,
    evse_id         integer     NOT NULL,
    remote_start_id integer     NOT NULL,
    requested_at    timestamptz NOT NULL,
    status          text,
    command_id      text,
    failure         text,
    failure_detail  text,
    answered_at     timestamptz,
    PRIMARY KEY (driver_id, idempotency_key)
);

-- The HS256 key of drivers' access tokens, sealed with the secrets key (ADR 0011): shared by all nodes through the
-- database, useless without the key file or BUSBAR_SECRETS_KEY.
CREATE TABLE driver_signing_keys
(
    id         text PRIMARY KEY,
    sealed     text        NOT NULL,
    created_at timestamptz NOT NULL
);
