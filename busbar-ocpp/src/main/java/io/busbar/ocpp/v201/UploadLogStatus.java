package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code UploadLogStatusEnumType}. This contains the status of the log upload. */
public enum UploadLogStatus {
    @JsonProperty("BadMessage")
    BAD_MESSAGE,
    @JsonProperty("Idle")
    IDLE,
    @JsonProperty("NotSupportedOperation")
    NOT_SUPPORTED_OPERATION,
    @JsonProperty("PermissionDenied")
    PERMISSION_DENIED,
    @JsonProperty("Uploaded")
    UPLOADED,
    @JsonProperty("UploadFailure")
    UPLOAD_FAILURE,
    @JsonProperty("Uploading")
    UPLOADING,
    @JsonProperty("AcceptedCanceled")
    ACCEPTED_CANCELED
}
