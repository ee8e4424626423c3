package io.busbar.dashboard.sessions;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What happened in a session, in time order, from what the API tells about it: the session itself (start,
 * authorization, current charging state, stop and its reason), the priced periods of its cost or CDR (charging, idle,
 * suspended: the API keeps no separate history of charging-state changes, the periods are where they show), the CDR
 * and the wallet debit.
 *
 * @param events oldest first
 */
public record SessionTimeline(List<Event> events) {

    /**
     * One moment. {@code amount}/{@code currency} are as the API gave them (for {@code @fmt.money}), else null.
     *
     * @param kind a CSS-friendly word: started, authorized, charging, idle, suspended, state, stopped, cdr, debit
     */
    public record Event(String at, String kind, String title, String detail, Object amount, Object currency) {
    }

    /**
     * @param session the session answer
     * @param periods the priced periods of its CDR or cost breakdown (may be empty)
     * @param cdr     its CDR, or null
     * @param debit   its wallet ledger entry (kind SESSION_CHARGE), or null
     */
    public static SessionTimeline of(Map<String, Object> session, List<Map<String, Object>> periods,
                                     Map<String, Object> cdr, Map<String, Object> debit) {
        List<Event> events = new ArrayList<>();
        Object started = session.get("startedAt");
        events.add(new Event(text(started), "started", "Started",
                "EVSE " + text(session.get("evseId")) + " of " + text(session.get("chargerId"))
                        + ", token " + text(session.get("idToken")), null, null));
        if (session.get("authorization") != null) {
            events.add(new Event(text(started), "authorized", "Authorization " + text(session.get("authorization")),
                    null, null, null));
        }
        String previous = null;
        for (Map<String, Object> period : periods) {
            String activity = text(period.get("activity"));
            if (!activity.equals(previous)) {
                events.add(new Event(text(period.get("start")), activityKind(activity), activityTitle(activity),
                        null, null, null));
                previous = activity;
            }
        }
        boolean ended = session.get("endedAt") != null;
        if (!ended && session.get("chargingState") != null) {
            events.add(new Event(text(session.get("updatedAt")), "state",
                    "Charger reports " + text(session.get("chargingState")), null, null, null));
        }
        if (ended) {
            events.add(new Event(text(session.get("endedAt")), "stopped", "Stopped",
                    session.get("stopReason") == null ? null : "Reason: " + session.get("stopReason"), null, null));
        }
        if (cdr != null && !cdr.isEmpty()) {
            Map<?, ?> total = cdr.get("totalInclVat") instanceof Map<?, ?> map ? map : Map.of();
            events.add(new Event(text(cdr.get("issuedAt")), "cdr", "CDR " + text(cdr.get("number")) + " issued",
                    null, total.get("amount"), total.get("currency")));
        }
        if (debit != null && !debit.isEmpty()) {
            events.add(new Event(text(debit.get("postedAt")), "debit", "Wallet debited", null,
                    debit.get("change"), debit.get("currency")));
        }
        // A stable sort: events of one instant keep the order above (started before authorized, stopped before CDR).
        events.sort(Comparator.comparing(event -> Objects.requireNonNullElse(instant(event.at()), Instant.MAX)));
        return new SessionTimeline(List.copyOf(events));
    }

    private static String activityKind(String activity) {
        return switch (activity) {
            case "CHARGING" -> "charging";
            case "IDLE" -> "idle";
            default -> "suspended";
        };
    }

    private static String activityTitle(String activity) {
        return switch (activity) {
            case "CHARGING" -> "Charging";
            case "IDLE" -> "Idle (plugged in, not charging)";
            case "SUSPENDED_BY_EVSE" -> "Suspended by the charger";
            default -> activity;
        };
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static Instant instant(String iso) {
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
