-- Sites, chargers and the history of their connections (module chargers).

CREATE TABLE sites
(
    id         uuid        NOT NULL PRIMARY KEY,
    name       text        NOT NULL CHECK (length(btrim(name)) > 0),
    address    text,
    time_zone  text        NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE chargers
(
    -- COLLATE "C": byte order, so the identity cursor of the charger list is stable whatever the locale.
    identity            text COLLATE "C" NOT NULL PRIMARY KEY CHECK (length(identity) BETWEEN 1 AND 48),
    site_id             uuid REFERENCES sites (id),
    label               text,
    registration        text             NOT NULL CHECK (registration IN ('ACCEPTED', 'PENDING', 'REJECTED')),
    -- Salted SHA-256 of the HTTP Basic password (security profiles 1 and 2); both null when it has none.
    password_hash       bytea,
    password_salt       bytea,
    protocol            text,
    vendor              text,
    model               text,
    serial_number       text,
    firmware_version    text,
    iccid               text,
    imsi                text,
    meter_type          text,
    meter_serial_number text,
    firmware_status     text,
    online              boolean          NOT NULL DEFAULT false,
    last_seen           timestamptz,
    connected_since     timestamptz,
    last_boot_at        timestamptz,
    created_at          timestamptz      NOT NULL,
    CONSTRAINT chargers_password_hash_and_salt CHECK ((password_hash IS NULL) = (password_salt IS NULL)),
    CONSTRAINT chargers_online_since CHECK (NOT online OR connected_since IS NOT NULL)
);
CREATE INDEX chargers_by_site ON chargers (site_id, identity);

CREATE TABLE charger_presence_events
(
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    charger        text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    online         boolean          NOT NULL,
    detail         text,
    remote_address text,
    at             timestamptz      NOT NULL
);
CREATE INDEX charger_presence_events_by_charger ON charger_presence_events (charger, at DESC, id DESC);
