package io.busbar.bulk;

/** The operation does not fit the job's current state (e.g. cancelling a completed job). */
public class BulkJobConflictException extends RuntimeException {
    public BulkJobConflictException(String message) {
        super(message);
    }
}
