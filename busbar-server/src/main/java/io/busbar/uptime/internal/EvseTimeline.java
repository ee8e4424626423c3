package io.busbar.uptime.internal;

import io.busbar.chargers.ConnectorStatus;
import io.busbar.faults.FaultSeverity;

import java.time.Instant;
import java.util.List;

/**
 * Everything that decides one EVSE's state over a period: intervals [from, to) with {@code to} null while open.
 *
 * @param firstSeen   the EVSE's first status report ever (null: never seen); monitoring starts there
 * @param connectors  status intervals of the EVSE's connectors
 * @param chargerWide status intervals of EVSE 0, the charger as a whole
 * @param presence    the charger's online/offline intervals (no interval: presence unknown, taken as online,
 *                    since status reports only arrive over a live connection)
 * @param faults      faults on this EVSE or the whole charger
 * @param exclusions  maintenance windows and grid outages that apply to the EVSE
 */
record EvseTimeline(Instant firstSeen, List<StatusSpan> connectors, List<StatusSpan> chargerWide,
                    List<PresenceSpan> presence, List<FaultSpan> faults, List<Span> exclusions) {

    /** An interval; {@code to} null = still open. */
    record Span(Instant from, Instant to) {
        boolean covers(Instant t) {
            return !t.isBefore(from) && (to == null || t.isBefore(to));
        }
    }

    record StatusSpan(int connectorId, ConnectorStatus status, String errorCode, Span span) {
    }

    record PresenceSpan(boolean online, Span span) {
    }

    record FaultSpan(String type, FaultSeverity severity, String code, Span span) {
    }
}
