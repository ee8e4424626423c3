package io.busbar.faults;

/** No fault has that id. */
public class FaultNotFoundException extends RuntimeException {
    public FaultNotFoundException(FaultId id) {
        super("No fault " + id);
    }
}
