-- API keys for /api/v1 (bearer). Only a SHA-256 hash of each key is stored; the clear key is shown once.
-- key_prefix (the first 8 characters) narrows the lookup and lets operators tell keys apart without the secret.
-- scopes: every key is 'admin' for now; the array leaves room for least-privilege keys without a migration.
CREATE TABLE api_keys
(
    id           uuid        NOT NULL PRIMARY KEY,
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    key_prefix   text        NOT NULL CHECK (length(key_prefix) = 8),
    key_hash     bytea       NOT NULL CHECK (length(key_hash) = 32),
    scopes       text[]      NOT NULL DEFAULT '{admin}' CHECK (cardinality(scopes) > 0),
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz CHECK (revoked_at IS NULL OR revoked_at >= created_at)
);

CREATE UNIQUE INDEX api_keys_key_hash_key ON api_keys (key_hash);
CREATE INDEX api_keys_active_by_prefix_idx ON api_keys (key_prefix) WHERE revoked_at IS NULL;
