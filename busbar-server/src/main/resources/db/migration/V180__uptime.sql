-- Uptime and SLA (module uptime): its own state intervals, so a report over any period is a range query over
-- intervals instead of a replay of raw events. to_at NULL = still open. Rows are written order-independently
-- (listeners run asynchronously and may see events out of order): an insert closes its predecessor and takes its
-- successor's start as its own end.

CREATE TABLE uptime_connector_intervals
(
    charger      text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    -- EVSE 0 / connector 0 is the charger as a whole (OCPP 1.6 connectorId 0).
    evse_id      integer          NOT NULL CHECK (evse_id >= 0),
    connector_id integer          NOT NULL CHECK (connector_id >= 0),
    status       text             NOT NULL,
    error_code   text,
    from_at      timestamptz      NOT NULL,
    to_at        timestamptz,
    PRIMARY KEY (charger, evse_id, connector_id, from_at),
    CONSTRAINT uptime_connector_intervals_ordered CHECK (to_at IS NULL OR to_at >= from_at)
);
CREATE INDEX uptime_connector_intervals_by_period ON uptime_connector_intervals (charger, from_at, to_at);

CREATE TABLE uptime_presence_intervals
(
    charger text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    online  boolean          NOT NULL,
    from_at timestamptz      NOT NULL,
    to_at   timestamptz,
    PRIMARY KEY (charger, from_at),
    CONSTRAINT uptime_presence_intervals_ordered CHECK (to_at IS NULL OR to_at >= from_at)
);

CREATE TABLE uptime_fault_intervals
(
    fault     uuid             NOT NULL PRIMARY KEY,
    charger   text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    -- NULL: the whole charger.
    evse_id   integer,
    type      text             NOT NULL,
    severity  text             NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'ERROR', 'CRITICAL')),
    code      text,
    opened_at timestamptz      NOT NULL,
    closed_at timestamptz,
    CONSTRAINT uptime_fault_intervals_ordered CHECK (closed_at IS NULL OR closed_at >= opened_at)
);
CREATE INDEX uptime_fault_intervals_by_period ON uptime_fault_intervals (charger, opened_at, closed_at);

-- Time that does not count against uptime: planned maintenance (a site or one charger) and grid outages (a site).
CREATE TABLE uptime_exclusions
(
    id         uuid             NOT NULL PRIMARY KEY,
    kind       text             NOT NULL CHECK (kind IN ('MAINTENANCE', 'GRID_OUTAGE')),
    site_id    uuid REFERENCES sites (id) ON DELETE CASCADE,
    charger    text COLLATE "C" REFERENCES chargers (identity) ON DELETE CASCADE,
    from_at    timestamptz      NOT NULL,
    to_at      timestamptz      NOT NULL,
    reason     text,
    created_at timestamptz      NOT NULL,
    CONSTRAINT uptime_exclusions_ordered CHECK (to_at > from_at),
    CONSTRAINT uptime_exclusions_scope CHECK ((site_id IS NULL) <> (charger IS NULL)),
    CONSTRAINT uptime_grid_outages_per_site CHECK (kind <> 'GRID_OUTAGE' OR site_id IS NOT NULL)
);
CREATE INDEX uptime_exclusions_by_period ON uptime_exclusions (from_at, to_at);

-- Session outcomes for the charge-success rate.
CREATE TABLE uptime_sessions
(
    session     uuid             NOT NULL PRIMARY KEY,
    charger     text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    evse_id     integer          NOT NULL,
    started_at  timestamptz      NOT NULL,
    ended_at    timestamptz,
    energy_wh   bigint,
    stop_reason text,
    authorized  boolean
);
CREATE INDEX uptime_sessions_by_start ON uptime_sessions (charger, started_at);
