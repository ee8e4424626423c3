package io.busbar.availability;

/**
 * An EVSE's or connector's status as drivers see it (the OCPI 2.2.1 Status values a CPO can know). Offline chargers,
 * chargers with an open ERROR or CRITICAL fault (ghost chargers included) and chargers that reported nothing are
 * never {@link #AVAILABLE}.
 */
public enum PublicStatus {
    /** Free to charge. */
    AVAILABLE,
    /** In use: a vehicle is plugged in (charging, suspended, preparing or finishing). */
    CHARGING,
    /** Reserved for a driver. */
    RESERVED,
    /** The parking bay is blocked (never derived by Busbar today; kept for OCPI parity). */
    BLOCKED,
    /** Broken: a fault report or an open fault of ERROR or CRITICAL severity. */
    OUTOFORDER,
    /** Taken out of service on purpose (the charger reports Unavailable). */
    INOPERATIVE,
    /** No trustworthy information: the charger is offline or has not reported a status. */
    UNKNOWN
}
