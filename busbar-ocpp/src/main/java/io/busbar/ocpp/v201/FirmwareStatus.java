package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code FirmwareStatusEnumType}. This contains the progress status of the firmware installation. */
public enum FirmwareStatus {
    @JsonProperty("Downloaded")
    DOWNLOADED,
    @JsonProperty("DownloadFailed")
    DOWNLOAD_FAILED,
    @JsonProperty("Downloading")
    DOWNLOADING,
    @JsonProperty("DownloadScheduled")
    DOWNLOAD_SCHEDULED,
    @JsonProperty("DownloadPaused")
    DOWNLOAD_PAUSED,
    @JsonProperty("Idle")
    IDLE,
    @JsonProperty("InstallationFailed")
    INSTALLATION_FAILED,
    @JsonProperty("Installing")
    INSTALLING,
    @JsonProperty("Installed")
    INSTALLED,
    @JsonProperty("InstallRebooting")
    INSTALL_REBOOTING,
    @JsonProperty("InstallScheduled")
    INSTALL_SCHEDULED,
    @JsonProperty("InstallVerificationFailed")
    INSTALL_VERIFICATION_FAILED,
    @JsonProperty("InvalidSignature")
    INVALID_SIGNATURE,
    @JsonProperty("SignatureVerified")
    SIGNATURE_VERIFIED
}
