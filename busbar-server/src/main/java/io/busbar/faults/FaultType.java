package io.busbar.faults;

/** What kind of fault, over both OCPP versions and Busbar's own observations. */
public enum FaultType {
    /** A connector or EVSE reported an error (1.6 errorCode / Faulted status, 2.0.1 Faulted connector status). */
    CONNECTOR_ERROR,
    /** A vendor-specific error code (1.6 vendorErrorCode, 2.0.1 NotifyEvent techCode). */
    VENDOR_ERROR,
    /** A 2.0.1 NotifyEvent (problem or limit reached) on a component. */
    DEVICE_EVENT,
    /** A 1.6 security-extension or 2.0.1 SecurityEventNotification that matters (tamper, failed firmware check...). */
    SECURITY_EVENT,
    /** The charger's connection is gone. */
    CONNECTION_LOST,
    /** The charger rebooted repeatedly within a short time. */
    BOOT_LOOP,
    /** The charger refused or failed commands Busbar sent it. */
    COMMAND_REJECTED,
    /** A session could not start or ended abnormally (EVSE fault, no energy delivered). */
    SESSION_FAILED,
    /** The charger says it is fine but is not: fails authorisations/starts, charges without energy, went silent. */
    GHOST_CHARGER,
    /** A failure predicted from the charger's own measurements (temperature, voltage, fault frequency). */
    PREDICTED_FAILURE
}
