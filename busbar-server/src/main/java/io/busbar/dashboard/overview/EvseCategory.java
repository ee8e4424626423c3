package io.busbar.dashboard.overview;

/**
 * The four states an operator watches an EVSE in, plus an honest rest.
 *
 * <p>How the API's {@code GET /api/v1/availability} values map (its enum is AVAILABLE, OCCUPIED, RESERVED,
 * UNAVAILABLE, OUT_OF_ORDER; there is no UNKNOWN): the API reports an EVSE of a charger that is not connected as
 * UNAVAILABLE with a free-text reason, so "offline" is taken from the typed {@code online} flag of
 * {@code GET /api/v1/chargers} instead, and wins over any availability (a disconnected charger's last status is
 * stale). Then OUT_OF_ORDER (a Faulted status or an open ERROR/CRITICAL fault) is faulted, OCCUPIED (a vehicle is
 * plugged in: preparing, charging, suspended, finishing) is charging, AVAILABLE is available, and RESERVED and
 * UNAVAILABLE (switched off by an operator, status not reported yet) are shown as "reserved / unavailable".
 */
public enum EvseCategory {
    AVAILABLE("available", "Available"),
    CHARGING("charging", "Charging / in use"),
    FAULTED("faulted", "Faulted"),
    OFFLINE("offline", "Offline"),
    OTHER("other", "Reserved / unavailable");

    private final String key;
    private final String label;

    EvseCategory(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** @param availability the API's literal; @param chargerOnline whether the EVSE's charger is connected */
    public static EvseCategory of(String availability, boolean chargerOnline) {
        if (!chargerOnline) {
            return OFFLINE;
        }
        return switch (availability == null ? "" : availability) {
            case "AVAILABLE" -> AVAILABLE;
            case "OCCUPIED" -> CHARGING;
            case "OUT_OF_ORDER" -> FAULTED;
            default -> OTHER;
        };
    }

    /** Lower-case name for CSS classes and {@code data-test} attributes. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
