package io.busbar.uptime.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, builds intervals from the chargers module's history (connector_status_events,
 * charger_presence_events) for chargers this module has no intervals of yet: an installation that adds uptime later
 * reports over its past too. Chargers already tracked are left alone, so it runs once per charger.
 */
@Component
class IntervalBackfill {
    private static final Logger log = LoggerFactory.getLogger(IntervalBackfill.class);
    private final JdbcClient jdbc;

    IntervalBackfill(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void backfill() {
        // The latest report per instant wins (as the chargers module keeps it); each interval ends at the next one.
        int statuses = jdbc.sql("""
                INSERT INTO uptime_connector_intervals (charger, evse_id, connector_id, status, error_code, from_at, to_at)
                SELECT charger, evse_id, connector_id, status, error_code, reported_at,
                       lead(reported_at) OVER (PARTITION BY charger, evse_id, connector_id ORDER BY reported_at)
                  FROM (SELECT DISTINCT ON (charger, evse_id, connector_id, reported_at)
                               charger, evse_id, connector_id, status, error_code, reported_at
                          FROM connector_status_events e
                         WHERE NOT EXISTS (SELECT 1 FROM uptime_connector_intervals u WHERE u.charger = e.charger)
                         ORDER BY charger, evse_id, connector_id, reported_at, id DESC) latest
                ON CONFLICT DO NOTHING""").update();
        int presence = jdbc.sql("""
                INSERT INTO uptime_presence_intervals (charger, online, from_at, to_at)
                SELECT charger, online, at, lead(at) OVER (PARTITION BY charger ORDER BY at)
                  FROM (SELECT DISTINCT ON (charger, at) charger, online, at
                          FROM charger_presence_events e
                         WHERE NOT EXISTS (SELECT 1 FROM uptime_presence_intervals u WHERE u.charger = e.charger)
                         ORDER BY charger, at, id DESC) latest
                ON CONFLICT DO NOTHING""").update();
        if (statuses + presence > 0) {
            log.info("Uptime: built {} status and {} presence intervals from the recorded history", statuses, presence);
        }
    }
}
