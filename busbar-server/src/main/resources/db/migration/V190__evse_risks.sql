-- Predictive maintenance (module predictive): the latest risk assessment per EVSE, written when a session ends,
-- a fault opens or the charger resets (never on the meter stream itself), and the warning state that makes
-- FailurePredicted fire once per crossing of the warning threshold.

CREATE TABLE evse_risks
(
    charger       text COLLATE "C"  NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    evse_id       integer           NOT NULL CHECK (evse_id >= 0),
    risk          double precision  NOT NULL CHECK (risk >= 0 AND risk <= 1),
    -- the signals behind the risk in words with numbers, strongest first (a JSON array of strings)
    evidence      jsonb             NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(evidence) = 'array'),
    warning       boolean           NOT NULL DEFAULT false,
    -- when the current warning began (the crossing); null while not warned
    warning_since timestamptz,
    assessed_at   timestamptz       NOT NULL,
    PRIMARY KEY (charger, evse_id),
    CHECK (warning = (warning_since IS NOT NULL))
);
CREATE INDEX evse_risks_by_risk ON evse_risks (risk DESC, charger, evse_id);
