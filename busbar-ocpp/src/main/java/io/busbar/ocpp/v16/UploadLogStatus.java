package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Progress of a log upload (1.6 Security whitepaper, UploadLogStatusEnumType). */
public enum UploadLogStatus {
    @JsonProperty("BadMessage") BAD_MESSAGE,
    @JsonProperty("Idle") IDLE,
    @JsonProperty("NotSupportedOperation") NOT_SUPPORTED_OPERATION,
    @JsonProperty("PermissionDenied") PERMISSION_DENIED,
    @JsonProperty("Uploaded") UPLOADED,
    @JsonProperty("UploadFailure") UPLOAD_FAILURE,
    @JsonProperty("Uploading") UPLOADING
}
