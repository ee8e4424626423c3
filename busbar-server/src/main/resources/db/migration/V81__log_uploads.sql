-- Log upload requests with their one-time upload links, and the files chargers uploaded (module diagnostics).

-- The requestId of 2.0.1 GetLog / LogStatusNotification (an integer in the schema).
CREATE SEQUENCE log_request_ids AS integer;

CREATE TABLE log_uploads
(
    id                uuid        NOT NULL PRIMARY KEY,
    seq               bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    charger           text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    request_id        integer     NOT NULL,
    log_type          text        NOT NULL CHECK (log_type IN ('DIAGNOSTICS_LOG', 'SECURITY_LOG')),
    oldest            timestamptz,
    latest            timestamptz,
    status            text        NOT NULL,
    answer_status     text,
    filename          text,
    command_id        uuid,
    requested_by      text        NOT NULL,
    requested_at      timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    -- SHA-256 of the upload link's secret; the link works once, until upload_expires_at
    upload_token_hash bytea       NOT NULL UNIQUE,
    upload_expires_at timestamptz NOT NULL,
    upload_used_at    timestamptz
);
CREATE INDEX log_uploads_by_charger ON log_uploads (charger, seq DESC);

CREATE TABLE log_files
(
    id           uuid        NOT NULL PRIMARY KEY,
    upload_id    uuid        NOT NULL REFERENCES log_uploads (id) ON DELETE CASCADE,
    charger      text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    filename     text        NOT NULL,
    content_type text,
    size_bytes   bigint      NOT NULL CHECK (size_bytes >= 0),
    sha256       text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    stored_as    text        NOT NULL,
    received_at  timestamptz NOT NULL
);
CREATE INDEX log_files_by_upload ON log_files (upload_id, received_at);
