-- Alert rules, alerts and their deliveries (module alerts).
CREATE TABLE alert_rules
(
    id              uuid        NOT NULL PRIMARY KEY,
    seq             bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    name            text        NOT NULL CHECK (length(btrim(name)) > 0),
    enabled         boolean     NOT NULL,
    min_severity    text        NOT NULL CHECK (min_severity IN ('INFO', 'WARNING', 'ERROR', 'CRITICAL')),
    site_id         uuid REFERENCES sites (id),
    vendor          text,
    model           text,
    fault_types     text[]      NOT NULL,
    min_duration_ms bigint      NOT NULL CHECK (min_duration_ms >= 0),
    -- Kept as given because it must sign every webhook; never returned by the API nor logged.
    webhook_secret  text,
    levels          jsonb       NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE TABLE alerts
(
    id               uuid        NOT NULL PRIMARY KEY,
    seq              bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    rule_id          uuid REFERENCES alert_rules (id) ON DELETE SET NULL,
    source           text        NOT NULL CHECK (source IN ('FAULT', 'HUMAN_NEEDED', 'PREDICTION')),
    source_ref       text        NOT NULL,
    fault_id         uuid,
    state            text        NOT NULL CHECK (state IN ('RAISED', 'ACKNOWLEDGED', 'RESOLVED')),
    severity         text        NOT NULL,
    charger          text COLLATE "C" NOT NULL,
    evse_id          int,
    fault_type       text,
    title            text        NOT NULL,
    description      text,
    level            int         NOT NULL,
    raised_at        timestamptz NOT NULL,
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    resolved_at      timestamptz,
    resolved_because text
);
-- Events are delivered at least once: one alert per source event and rule (rule null = no rule matched).
CREATE UNIQUE INDEX alerts_once_per_source_and_rule ON alerts (source, source_ref, rule_id) NULLS NOT DISTINCT;
CREATE INDEX alerts_by_fault ON alerts (fault_id) WHERE fault_id IS NOT NULL;
CREATE INDEX alerts_raised ON alerts (raised_at) WHERE state = 'RAISED';

-- Faults a rule with a minimum duration is waiting on; the check job raises the alert when due_at passes.
CREATE TABLE alert_pending_faults
(
    fault_id    uuid        NOT NULL,
    rule_id     uuid        NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
    charger     text COLLATE "C" NOT NULL,
    evse_id     int,
    fault_type  text        NOT NULL,
    severity    text        NOT NULL,
    code        text,
    description text,
    opened_at   timestamptz NOT NULL,
    due_at      timestamptz NOT NULL,
    PRIMARY KEY (fault_id, rule_id)
);
CREATE INDEX alert_pending_faults_due ON alert_pending_faults (due_at);

-- Faults already closed, so that a FaultOpened processed after its FaultClosed raises nothing.
CREATE TABLE alert_closed_faults
(
    fault_id  uuid        NOT NULL PRIMARY KEY,
    closed_at timestamptz NOT NULL
);

-- The outbox: one row per alert, level and channel target; the sender job works through it.
CREATE TABLE alert_deliveries
(
    id              uuid        NOT NULL PRIMARY KEY,
    seq             bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    alert_id        uuid        NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    level           int         NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('WEBHOOK', 'EMAIL')),
    target          text        NOT NULL,
    state           text        NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    delivered_at    timestamptz,
    UNIQUE (alert_id, level, channel, target)
);
CREATE INDEX alert_deliveries_due ON alert_deliveries (next_attempt_at) WHERE state = 'PENDING';

CREATE TABLE alert_delivery_attempts
(
    delivery_id uuid        NOT NULL REFERENCES alert_deliveries (id) ON DELETE CASCADE,
    attempt     int         NOT NULL,
    at          timestamptz NOT NULL,
    succeeded   boolean     NOT NULL,
    http_status int,
    error       text,
    PRIMARY KEY (delivery_id, attempt)
);
