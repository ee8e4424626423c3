-- What a driver needs to know about a connector before driving there (issue 7, public availability feed): its plug
-- standard and the most power it can deliver. Set by operators, or learnt from the charger where the protocol
-- reports it (OCPP 2.0.1 device model Connector.ConnectorType, EVSE.Power maxLimit). Kept apart from `connectors`,
-- whose rows only exist once a status was reported: an operator may describe a connector before it ever connects.
-- Belongs to its charger's tenant through the charger.
CREATE TABLE connector_specs
(
    charger        text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    evse_id        integer          NOT NULL CHECK (evse_id >= 1),
    connector_id   integer          NOT NULL CHECK (connector_id >= 1),
    -- An OCPI 2.2.1 ConnectorType literal, e.g. IEC_62196_T2; null when unknown.
    connector_type text CHECK (connector_type ~ '^[A-Za-z0-9_]{1,40}$'),
    -- Watts; null when unknown. 2 MW bounds typing mistakes (the largest truck chargers are ~1 MW per EVSE).
    max_power_w    bigint CHECK (max_power_w BETWEEN 1 AND 2000000),
    updated_at     timestamptz      NOT NULL,
    PRIMARY KEY (charger, evse_id, connector_id)
);
