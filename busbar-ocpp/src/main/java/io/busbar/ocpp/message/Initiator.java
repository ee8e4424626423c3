package io.busbar.ocpp.message;

/** Who sends the request of an action. */
public enum Initiator {
    /** Charge point (1.6) or charging station (2.0.1) to CSMS, e.g. BootNotification. */
    CHARGER,
    /** CSMS to charger, e.g. Reset. */
    CSMS,
    /** Either side may send it, e.g. DataTransfer. */
    EITHER
}
