package io.busbar.diagnostics;

/** The metadata of an image being uploaded; only {@code name} is required. */
public record NewFirmwareImage(String name, String version, String vendor, String model, String filename) {
}
