-- Dynamic load management (module smartcharging): per-site topology and policies, non-EV site load,
-- and a compact time series of the site's draw against its limits.

-- The whole topology document as PUT (validated before it is stored); revision counts replacements.
CREATE TABLE smart_site_topologies
(
    site_id    uuid        NOT NULL PRIMARY KEY REFERENCES sites (id),
    document   jsonb       NOT NULL,
    revision   integer     NOT NULL CHECK (revision >= 1),
    updated_at timestamptz NOT NULL
);

-- Which site each managed EVSE belongs to: an EVSE is in at most one site's topology.
CREATE TABLE smart_evses
(
    charger_identity text COLLATE "C" NOT NULL REFERENCES chargers (identity),
    evse_id          integer          NOT NULL CHECK (evse_id >= 1),
    site_id          uuid             NOT NULL REFERENCES smart_site_topologies (site_id) ON DELETE CASCADE,
    PRIMARY KEY (charger_identity, evse_id)
);
CREATE INDEX smart_evses_site ON smart_evses (site_id);

-- The latest non-EV load of each site (building, other consumers) from an external meter or API.
CREATE TABLE smart_site_loads
(
    site_id     uuid          NOT NULL PRIMARY KEY REFERENCES sites (id),
    l1_a        numeric(9, 3) NOT NULL CHECK (l1_a >= 0),
    l2_a        numeric(9, 3) NOT NULL CHECK (l2_a >= 0),
    l3_a        numeric(9, 3) NOT NULL CHECK (l3_a >= 0),
    measured_at timestamptz   NOT NULL,
    received_at timestamptz   NOT NULL
);

-- One row per site per minute: the highest metered draw per grid phase (EVs + non-EV load) seen in that minute,
-- the grid limits then, the highest allocated EV current per phase, and the site energy in the minute (demand).
CREATE TABLE smart_load_minutes
(
    site_id        uuid          NOT NULL REFERENCES sites (id),
    minute         timestamptz   NOT NULL,
    drawn_l1_a     numeric(9, 3) NOT NULL,
    drawn_l2_a     numeric(9, 3) NOT NULL,
    drawn_l3_a     numeric(9, 3) NOT NULL,
    limit_l1_a     numeric(9, 3) NOT NULL,
    limit_l2_a     numeric(9, 3) NOT NULL,
    limit_l3_a     numeric(9, 3) NOT NULL,
    allocated_l1_a numeric(9, 3) NOT NULL,
    allocated_l2_a numeric(9, 3) NOT NULL,
    allocated_l3_a numeric(9, 3) NOT NULL,
    energy_wh      numeric(12, 3) NOT NULL CHECK (energy_wh >= 0),
    PRIMARY KEY (site_id, minute)
);
