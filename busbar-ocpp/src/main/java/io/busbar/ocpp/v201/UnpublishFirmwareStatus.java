package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code UnpublishFirmwareStatusEnumType}. Indicates whether the Local Controller succeeded in
 * unpublishing the firmware.
 */
public enum UnpublishFirmwareStatus {
    @JsonProperty("DownloadOngoing")
    DOWNLOAD_ONGOING,
    @JsonProperty("NoFirmware")
    NO_FIRMWARE,
    @JsonProperty("Unpublished")
    UNPUBLISHED
}
