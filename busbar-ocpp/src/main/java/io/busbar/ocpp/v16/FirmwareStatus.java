package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Progress of a firmware update. */
public enum FirmwareStatus {
    @JsonProperty("Downloaded") DOWNLOADED,
    @JsonProperty("DownloadFailed") DOWNLOAD_FAILED,
    @JsonProperty("Downloading") DOWNLOADING,
    @JsonProperty("Idle") IDLE,
    @JsonProperty("InstallationFailed") INSTALLATION_FAILED,
    @JsonProperty("Installing") INSTALLING,
    @JsonProperty("Installed") INSTALLED
}
