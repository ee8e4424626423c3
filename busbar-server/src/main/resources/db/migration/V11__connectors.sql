-- EVSEs and connectors with their current status, and every status report as history (module chargers).
-- EVSE 0 / connector 0 is the charger as a whole (OCPP 1.6 connectorId 0).

CREATE TABLE evses
(
    charger text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    evse_id integer          NOT NULL CHECK (evse_id >= 0),
    PRIMARY KEY (charger, evse_id)
);

CREATE TABLE connectors
(
    charger           text COLLATE "C" NOT NULL,
    evse_id           integer          NOT NULL,
    connector_id      integer          NOT NULL CHECK (connector_id >= 0),
    status            text             NOT NULL CHECK (status IN ('AVAILABLE', 'PREPARING', 'CHARGING', 'SUSPENDED_EV',
                                                                  'SUSPENDED_EVSE', 'FINISHING', 'OCCUPIED', 'RESERVED',
                                                                  'UNAVAILABLE', 'FAULTED')),
    error_code        text,
    vendor_id         text,
    vendor_error_code text,
    info              text,
    -- The charger's timestamp of the report that set the status: older reports do not override it.
    status_at         timestamptz      NOT NULL,
    PRIMARY KEY (charger, evse_id, connector_id),
    FOREIGN KEY (charger, evse_id) REFERENCES evses (charger, evse_id) ON DELETE CASCADE,
    CONSTRAINT connectors_zero_only_on_evse_zero CHECK ((evse_id = 0) = (connector_id = 0))
);

CREATE TABLE connector_status_events
(
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    charger           text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    evse_id           integer          NOT NULL,
    connector_id      integer          NOT NULL,
    status            text             NOT NULL,
    -- Kept verbatim, including OCPP 1.6 error codes and vendor codes.
    error_code        text,
    vendor_id         text,
    vendor_error_code text,
    info              text,
    reported_at       timestamptz      NOT NULL,
    received_at       timestamptz      NOT NULL
);
CREATE INDEX connector_status_events_by_connector
    ON connector_status_events (charger, evse_id, connector_id, reported_at DESC);
