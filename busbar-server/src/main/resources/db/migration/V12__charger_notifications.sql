-- What chargers report beyond status: firmware/log status, security and device events, data transfers...

CREATE TABLE charger_notifications
(
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    charger     text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    type        text             NOT NULL CHECK (type IN ('FIRMWARE_STATUS', 'DIAGNOSTICS_STATUS', 'LOG_STATUS',
                                                          'SECURITY_EVENT', 'DEVICE_EVENT', 'DEVICE_REPORT',
                                                          'DATA_TRANSFER', 'CHARGING_NEEDS', 'RESERVATION_STATUS',
                                                          'CHARGING_LIMIT', 'MONITORING_REPORT', 'OTHER')),
    "timestamp" timestamptz      NOT NULL,
    details     jsonb            NOT NULL DEFAULT '{}'::jsonb,
    received_at timestamptz      NOT NULL
);
CREATE INDEX charger_notifications_by_charger ON charger_notifications (charger, type, "timestamp" DESC);
CREATE INDEX charger_notifications_by_charger_any_type ON charger_notifications (charger, "timestamp" DESC);
