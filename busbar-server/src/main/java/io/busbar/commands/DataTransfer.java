package io.busbar.commands;

/**
 * Vendor-specific data sent to the charger (OCPP 1.6 §5.6, 2.0.1 P02). {@code data} is a string or any JSON
 * value: 2.0.1 sends it as it is; 1.6 allows only a string, so a non-string value is sent as its JSON text.
 */
public record DataTransfer(String vendorId, String messageId, Object data)
        implements ChargerCommand<DataTransferResult> {
    public DataTransfer {
        if (vendorId == null || vendorId.isBlank()) {
            throw new InvalidCommandException("vendorId is required");
        }
    }
}
