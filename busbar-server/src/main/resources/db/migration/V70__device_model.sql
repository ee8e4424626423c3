-- Configuration and device model (module devicemodel): each charger's reported settings, the parts of 2.0.1
-- reports while they arrive, configuration templates and drift reports.

-- Per charger: when the inventory was last reported, a pending reboot, the 2.0.1 full report Busbar waits for.
CREATE TABLE device_inventories
(
    charger                text COLLATE "C" NOT NULL PRIMARY KEY REFERENCES chargers (identity) ON DELETE CASCADE,
    reported_at            timestamptz,
    pending_reboot_since   timestamptz,
    refresh_request_id     integer,
    refresh_requested_at   timestamptz
);

-- One row per reported attribute. "setting" is the name operators use: the 1.6 key, or the 2.0.1
-- Component[(instance)][@evse[.connector]].Variable[(instance)] with ":AttributeType" unless Actual.
CREATE TABLE device_settings
(
    charger            text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    setting            text COLLATE "C" NOT NULL CHECK (length(setting) > 0),
    config_key         text,
    component          text,
    component_instance text,
    evse_id            integer,
    connector_id       integer,
    variable           text,
    variable_instance  text,
    attribute_type     text        NOT NULL CHECK (attribute_type IN ('Actual', 'Target', 'MinSet', 'MaxSet')),
    value              text,
    mutability         text CHECK (mutability IN ('ReadOnly', 'WriteOnly', 'ReadWrite')),
    persistent         boolean,
    constant           boolean,
    unit               text,
    data_type          text,
    min_limit          numeric,
    max_limit          numeric,
    values_list        text,
    reported_at        timestamptz NOT NULL,
    PRIMARY KEY (charger, setting),
    CONSTRAINT device_settings_key_or_variable CHECK ((config_key IS NULL) <> (component IS NULL))
);

-- NotifyReport parts, kept (committed before the charger gets its answer) until the last part arrives.
CREATE TABLE device_report_parts
(
    charger      text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    request_id   integer     NOT NULL,
    seq_no       integer     NOT NULL CHECK (seq_no >= 0),
    tbc          boolean     NOT NULL,
    generated_at timestamptz NOT NULL,
    received_at  timestamptz NOT NULL,
    variables    jsonb       NOT NULL,
    PRIMARY KEY (charger, request_id, seq_no)
);

-- requestId of the GetBaseReport requests Busbar sends (OCPP 2.0.1 integer).
CREATE SEQUENCE device_report_request_ids AS integer START WITH 1000;

CREATE TABLE configuration_templates
(
    id          uuid        NOT NULL PRIMARY KEY,
    name        text COLLATE "C" NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),
    vendor      text,
    model       text,
    -- Explicit identities; when not empty the template applies to exactly these chargers.
    chargers    jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(chargers) = 'array'),
    settings    jsonb       NOT NULL CHECK (jsonb_typeof(settings) = 'object'),
    auto_correct boolean    NOT NULL,
    priority    integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE drift_reports
(
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    charger    text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    template   text,
    checked_at timestamptz NOT NULL,
    in_sync    boolean     NOT NULL,
    drifts     jsonb       NOT NULL CHECK (jsonb_typeof(drifts) = 'array')
);
CREATE INDEX drift_reports_latest ON drift_reports (charger, id DESC);
