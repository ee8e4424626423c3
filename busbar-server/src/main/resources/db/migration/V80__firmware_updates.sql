-- Firmware images kept by Busbar and firmware update jobs per charger (module diagnostics).

CREATE TABLE firmware_images
(
    id          uuid        NOT NULL PRIMARY KEY,
    seq         bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    version     text CHECK (length(version) <= 100),
    vendor      text CHECK (length(vendor) <= 100),
    model       text CHECK (length(model) <= 100),
    filename    text CHECK (length(filename) <= 255),
    size_bytes  bigint      NOT NULL CHECK (size_bytes >= 0),
    sha256      text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    -- relative to busbar.files.directory
    stored_as   text        NOT NULL,
    uploaded_at timestamptz NOT NULL
);

-- The requestId of 2.0.1 UpdateFirmware / FirmwareStatusNotification (an integer in the schema).
CREATE SEQUENCE firmware_request_ids AS integer;

CREATE TABLE firmware_updates
(
    id                  uuid        NOT NULL PRIMARY KEY,
    seq                 bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    charger             text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    request_id          integer     NOT NULL,
    image_id            uuid REFERENCES firmware_images (id),
    -- as sent, with a Busbar download link's secret masked
    location            text        NOT NULL,
    -- SHA-256 of the download link's secret; null for an external location
    download_token_hash bytea UNIQUE,
    expected_version    text,
    retrieve_at         timestamptz NOT NULL,
    install_at          timestamptz,
    signed              boolean     NOT NULL,
    status              text        NOT NULL,
    answer_status       text,
    command_id          uuid,
    requested_by        text        NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX firmware_updates_by_charger ON firmware_updates (charger, seq DESC);
CREATE INDEX firmware_updates_open ON firmware_updates (charger, seq DESC)
    WHERE status NOT IN ('REJECTED', 'NOT_SENT', 'DOWNLOAD_FAILED', 'INVALID_SIGNATURE', 'INSTALLED',
                         'INSTALLATION_FAILED', 'INSTALL_VERIFICATION_FAILED', 'VERIFIED', 'CANCELED', 'TIMED_OUT');

CREATE TABLE firmware_update_history
(
    seq       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    update_id uuid        NOT NULL REFERENCES firmware_updates (id) ON DELETE CASCADE,
    status    text        NOT NULL,
    -- the charger's literal (e.g. DownloadFailed); null for Busbar's own steps
    reported  text,
    at        timestamptz NOT NULL,
    detail    text
);
CREATE INDEX firmware_update_history_by_update ON firmware_update_history (update_id, seq);
