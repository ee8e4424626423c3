/**
 * Remote operations: the version-neutral port through which every module (and the REST API) sends a command to
 * a charger ({@link io.busbar.commands.ChargerCommands}), the audited variant operators use
 * ({@link io.busbar.commands.OperatorCommands}) with its journal ({@link io.busbar.commands.CommandLog}), and the
 * catalogue of command types ({@link io.busbar.commands.CommandTypes}). The OCPP adapters implement the
 * {@link io.busbar.commands.CommandChannel} SPI per protocol version; this module never sees an OCPP message.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Remote operations")
package io.busbar.commands;
