package io.busbar.chargers;

/** What happens to a charger identity that was never registered ({@code BUSBAR_OCPP_UNKNOWN_CHARGERS}). */
public enum UnknownChargerPolicy {
    /** Refused at the WebSocket upgrade. */
    REJECT,
    /** Connects; its boot is answered Pending until an operator approves it. */
    PENDING,
    /** Connects and is accepted: for labs and demos. */
    ACCEPT
}
