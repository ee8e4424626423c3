package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Progress of a signed firmware update (1.6 Security whitepaper, FirmwareStatusEnumType). */
public enum SignedFirmwareStatus {
    @JsonProperty("Downloaded") DOWNLOADED,
    @JsonProperty("DownloadFailed") DOWNLOAD_FAILED,
    @JsonProperty("Downloading") DOWNLOADING,
    @JsonProperty("DownloadScheduled") DOWNLOAD_SCHEDULED,
    @JsonProperty("DownloadPaused") DOWNLOAD_PAUSED,
    @JsonProperty("Idle") IDLE,
    @JsonProperty("InstallationFailed") INSTALLATION_FAILED,
    @JsonProperty("Installing") INSTALLING,
    @JsonProperty("Installed") INSTALLED,
    @JsonProperty("InstallRebooting") INSTALL_REBOOTING,
    @JsonProperty("InstallScheduled") INSTALL_SCHEDULED,
    @JsonProperty("InstallVerificationFailed") INSTALL_VERIFICATION_FAILED,
    @JsonProperty("InvalidSignature") INVALID_SIGNATURE,
    @JsonProperty("SignatureVerified") SIGNATURE_VERIFIED
}
