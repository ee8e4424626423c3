package io.busbar.faults;

/** How bad a fault is for drivers and operators, in increasing order. */
public enum FaultSeverity {
    /** Worth recording; nothing is unavailable (e.g. a vendor warning, one rejected command). */
    INFO,
    /** Degraded or at risk; charging still possible (e.g. high temperature, a failed session). */
    WARNING,
    /** An EVSE cannot charge (e.g. Faulted connector, a ghost charger). */
    ERROR,
    /** A whole charger cannot charge or its security is at stake (offline, boot loop, tamper). */
    CRITICAL
}
