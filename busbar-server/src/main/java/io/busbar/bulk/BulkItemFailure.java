package io.busbar.bulk;

/** Why an item of a bulk job got no usable answer. */
public enum BulkItemFailure {
    /** The charger was not connected, or the connection closed before it answered. */
    OFFLINE,
    /** No answer within the job's timeout per charger (or the gateway's call timeout). */
    TIMEOUT,
    /** The charger answered with a CALLERROR. */
    CALL_ERROR,
    /** The charger's protocol version has no such operation; nothing was sent. */
    NOT_SUPPORTED,
    /** The command cannot be expressed for this charger (e.g. a value its protocol cannot carry); nothing was sent. */
    INVALID,
    /** Anything else (e.g. the charger was deleted); the item's error says what. */
    ERROR
}
