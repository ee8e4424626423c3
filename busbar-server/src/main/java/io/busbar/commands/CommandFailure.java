package io.busbar.commands;

/** Why a command got no usable answer. */
public enum CommandFailure {
    /** The charger is not connected, or the connection closed before it answered. */
    OFFLINE,
    /** The charger did not answer within the call timeout. */
    TIMEOUT,
    /** The charger answered with a CALLERROR (or an answer that does not fit the response). */
    CALL_ERROR,
    /** The charger's protocol version has no such operation; nothing was sent. */
    NOT_SUPPORTED
}
