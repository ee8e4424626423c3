package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Progress of a diagnostics upload. */
public enum DiagnosticsStatus {
    @JsonProperty("Idle") IDLE,
    @JsonProperty("Uploaded") UPLOADED,
    @JsonProperty("UploadFailed") UPLOAD_FAILED,
    @JsonProperty("Uploading") UPLOADING
}
