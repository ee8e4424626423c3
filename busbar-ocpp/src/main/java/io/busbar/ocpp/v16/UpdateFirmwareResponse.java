package io.busbar.ocpp.v16;

/** UpdateFirmware.conf (1.6 §6.56): no fields. */
public record UpdateFirmwareResponse() {
}
