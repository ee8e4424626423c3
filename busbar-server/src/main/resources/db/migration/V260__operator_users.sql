-- Operator users (issue 7): people of a tenant who sign in to the API and the console with a role
-- (ADMIN, OPERATOR, SUPPORT, READ_ONLY). Passwords are Argon2id hashes (PHC strings); sessions are random tokens
-- of which only a SHA-256 hash is kept.
CREATE TABLE operator_users
(
    id            uuid        NOT NULL PRIMARY KEY,
    tenant_id     uuid        NOT NULL REFERENCES tenants (id),
    email         text        NOT NULL CHECK (length(email) <= 254 AND email ~ '^[^@\s]+@[^@\s]+$'),
    name          text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    role          text        NOT NULL CHECK (role IN ('ADMIN', 'OPERATOR', 'SUPPORT', 'READ_ONLY')),
    password_hash text        NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    created_at    timestamptz NOT NULL,
    disabled_at   timestamptz,
    last_login_at timestamptz
);
CREATE UNIQUE INDEX operator_users_email_per_tenant ON operator_users (tenant_id, lower(email));
CREATE INDEX operator_users_by_tenant ON operator_users (tenant_id, created_at, id);

CREATE TABLE operator_sessions
(
    token_hash bytea       NOT NULL PRIMARY KEY CHECK (length(token_hash) = 32),
    user_id    uuid        NOT NULL REFERENCES operator_users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL CHECK (expires_at > created_at),
    revoked_at timestamptz
);
CREATE INDEX operator_sessions_by_user ON operator_sessions (user_id);
