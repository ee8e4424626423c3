/**
 * OCPP 1.6J adapter: one handler per charge-point-initiated action, mapping each message to version-neutral
 * domain commands (connectorId n = EVSE n, connector 1; connectorId 0 = the charger) and back.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OCPP 1.6J adapter")
package io.busbar.ocpp16;
