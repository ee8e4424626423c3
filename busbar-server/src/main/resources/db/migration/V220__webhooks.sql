-- Webhooks per tenant (issue 7): subscriptions, the events recorded for them (one per source event: the unique
-- source_key makes a republished domain event a no-op), their deliveries (one per event and matching subscription,
-- sent in seq order per subscription and charger) and every attempt.
CREATE TABLE webhook_subscriptions
(
    id            UUID        NOT NULL PRIMARY KEY,
    tenant_id     UUID        NOT NULL REFERENCES tenants (id),
    url           TEXT        NOT NULL,
    -- empty = every subscribable event type
    event_types   TEXT[]      NOT NULL DEFAULT '{}',
    description   TEXT,
    active        BOOLEAN     NOT NULL DEFAULT TRUE,
    -- SecretBox-sealed (ADR 0011), never in clear
    secret_sealed TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_subscriptions_tenant_idx ON webhook_subscriptions (tenant_id, created_at);

CREATE TABLE webhook_events
(
    id          UUID        NOT NULL PRIMARY KEY,
    source_key  TEXT        NOT NULL UNIQUE,
    tenant_id   UUID        NOT NULL REFERENCES tenants (id),
    type        TEXT        NOT NULL,
    charger_id  TEXT,
    occurred_at TIMESTAMPTZ NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    -- the exact JSON body sent (text, not jsonb: the signature covers these bytes)
    payload     TEXT        NOT NULL
);

CREATE TABLE webhook_deliveries
(
    id              UUID        NOT NULL PRIMARY KEY,
    seq             BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    subscription_id UUID        NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_id        UUID        NOT NULL REFERENCES webhook_events (id),
    event_type      TEXT        NOT NULL,
    -- the charger id: deliveries with the same (subscription, order_key) go out one at a time, in seq order;
    -- null = unordered
    order_key       TEXT,
    state           TEXT        NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    delivered_at    TIMESTAMPTZ,
    replay_of       UUID,
    last_http_status INT,
    last_error      TEXT
);
-- one first delivery per event and subscription (replays are extra rows)
CREATE UNIQUE INDEX webhook_deliveries_once_idx ON webhook_deliveries (event_id, subscription_id) WHERE replay_of IS NULL;
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX webhook_deliveries_queue_idx ON webhook_deliveries (subscription_id, order_key, seq) WHERE state = 'PENDING';
CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (subscription_id, seq DESC);

CREATE TABLE webhook_delivery_attempts
(
    delivery_id UUID        NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt     INT         NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    duration_ms BIGINT      NOT NULL,
    http_status INT,
    error       TEXT,
    PRIMARY KEY (delivery_id, attempt)
);
