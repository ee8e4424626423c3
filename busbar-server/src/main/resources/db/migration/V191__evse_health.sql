-- Predictive maintenance (module predictive): each EVSE's learned statistics (its baseline, recent windows, fault
-- counts, session endings), so a restart does not make it relearn from scratch. Written with each assessment
-- (session end, fault, reset of the charger) in the same transaction as evse_risks; never on the meter stream.
-- The state is the method's own binary format (io.busbar.predictive.method.EvseHealthFormat), whose first byte is
-- its version: a state of an unknown version is ignored (the EVSE relearns), never misread.

CREATE TABLE evse_health
(
    charger    text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    evse_id    integer          NOT NULL CHECK (evse_id >= 0),
    state      bytea            NOT NULL CHECK (octet_length(state) > 0),
    -- the latest event (reading, session end, fault) the state has seen, for operators
    last_event timestamptz,
    PRIMARY KEY (charger, evse_id)
);
