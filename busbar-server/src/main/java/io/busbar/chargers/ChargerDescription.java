package io.busbar.chargers;

/** What a charger says about itself at boot. Every field but vendor and model may be null. */
public record ChargerDescription(String vendor, String model, String serialNumber, String firmwareVersion,
                                 String iccid, String imsi, String meterType, String meterSerialNumber) {
}
