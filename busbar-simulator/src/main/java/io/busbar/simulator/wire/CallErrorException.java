package io.busbar.simulator.wire;

import io.busbar.ocpp.rpc.CallError;

/** The CSMS answered a CALL with a CALLERROR. */
public final class CallErrorException extends RuntimeException {
    private final CallError error;

    public CallErrorException(String action, CallError error) {
        super(action + " answered " + error.errorCode() + ": " + error.errorDescription());
        this.error = error;
    }

    public CallError error() {
        return error;
    }
}
