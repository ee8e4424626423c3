/**
 * Binds the OCPP gateway to the domain where nothing depends on the protocol version: admission at the
 * WebSocket upgrade (security profiles 1-2), the gate before an accepted boot, and presence.
 * Version-specific messages are the business of {@code ocpp16} and {@code ocpp201}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Charger connectivity")
package io.busbar.connectivity;
