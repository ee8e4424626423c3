/**
 * Diagnostics and maintenance: firmware images kept by Busbar ({@link io.busbar.diagnostics.FirmwareImages}),
 * firmware update jobs per charger driven by the chargers' status notifications
 * ({@link io.busbar.diagnostics.FirmwareUpdates}), and log uploads to one-time links
 * ({@link io.busbar.diagnostics.LogUploads}). Version-neutral: the OCPP adapters map the commands
 * ({@link io.busbar.diagnostics.UpdateFirmware}, {@link io.busbar.diagnostics.GetLog}) and report progress here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Diagnostics and maintenance")
package io.busbar.diagnostics;
