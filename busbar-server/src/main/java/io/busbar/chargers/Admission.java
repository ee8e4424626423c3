package io.busbar.chargers;

/** Whether a connecting charger is let in at the WebSocket upgrade. */
public enum Admission {
    ACCEPT,
    /** Wrong or missing password for a charger that has one (HTTP 401). */
    UNAUTHORIZED,
    /** Never registered, and unknown chargers are rejected (HTTP 404). */
    UNKNOWN
}
