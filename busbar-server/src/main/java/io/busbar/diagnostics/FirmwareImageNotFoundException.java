package io.busbar.diagnostics;

public class FirmwareImageNotFoundException extends RuntimeException {
    public FirmwareImageNotFoundException(FirmwareImageId id) {
        super("No firmware image " + id);
    }
}
