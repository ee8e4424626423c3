package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code PublishFirmwareStatusEnumType}. This contains the progress status of the publishfirmware
 * installation.
 */
public enum PublishFirmwareStatus {
    @JsonProperty("Idle")
    IDLE,
    @JsonProperty("DownloadScheduled")
    DOWNLOAD_SCHEDULED,
    @JsonProperty("Downloading")
    DOWNLOADING,
    @JsonProperty("Downloaded")
    DOWNLOADED,
    @JsonProperty("Published")
    PUBLISHED,
    @JsonProperty("DownloadFailed")
    DOWNLOAD_FAILED,
    @JsonProperty("DownloadPaused")
    DOWNLOAD_PAUSED,
    @JsonProperty("InvalidChecksum")
    INVALID_CHECKSUM,
    @JsonProperty("ChecksumVerified")
    CHECKSUM_VERIFIED,
    @JsonProperty("PublishFailed")
    PUBLISH_FAILED
}
