/**
 * OCPP 2.0.1 adapter: one handler per charging-station-initiated action, mapping each message to
 * version-neutral domain commands and the domain's answers back to 2.0.1 responses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OCPP 2.0.1 adapter")
package io.busbar.ocpp201;
