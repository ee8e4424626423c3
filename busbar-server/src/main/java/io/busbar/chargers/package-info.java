/**
 * Sites, chargers, EVSEs and connectors: registration and admission, boot information, connector status with
 * history, presence (online / offline / last seen) with history, and the notifications chargers send
 * (firmware, log, security, device events). Version-neutral: it never sees an OCPP message.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chargers")
package io.busbar.chargers;
