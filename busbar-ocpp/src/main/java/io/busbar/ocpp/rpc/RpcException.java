package io.busbar.ocpp.rpc;

/**
 * A message that cannot be accepted, carrying what the CALLERROR must say. {@code messageId} is null
 * when it could not be read.
 */
public class RpcException extends RuntimeException {
    private final RpcError error;
    private final String messageId;

    public RpcException(RpcError error, String messageId, String description) {
        super(description);
        this.error = error;
        this.messageId = messageId;
    }

    public RpcException(RpcError error, String description) {
        this(error, null, description);
    }

    public RpcError error() {
        return error;
    }

    /** The id of the offending message, or null when it could not be read. */
    public String messageId() {
        return messageId;
    }

    /** The same failure, now attributed to the message it came from. */
    public RpcException withMessageId(String id) {
        return new RpcException(error, id, getMessage());
    }

    /** The CALLERROR to send back in the given version. */
    public CallError toCallError(OcppVersion version) {
        return new CallError(messageId == null ? CallError.UNKNOWN_MESSAGE_ID : messageId,
                error.code(version), getMessage() == null ? "" : getMessage(), null);
    }
}
