-- Idempotency keys (issue 7): a POST retried with the same Idempotency-Key header gets the first answer again,
-- instead of creating or starting something twice. Keyed by the client (a hash of its credentials, whatever their
-- kind) and the key; the request's hash tells a retry from a different request reusing a key.
CREATE TABLE idempotency_keys
(
    caller_hash  bytea       NOT NULL CHECK (length(caller_hash) = 32),
    key          text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    request_hash bytea       NOT NULL CHECK (length(request_hash) = 32),
    -- Null while the first request is still running.
    status       integer CHECK (status BETWEEN 100 AND 599),
    content_type text,
    location     text,
    body         bytea,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL CHECK (expires_at > created_at),
    PRIMARY KEY (caller_hash, key)
);
CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);
