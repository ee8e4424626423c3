package io.busbar.bulk;

/** RUNNING → COMPLETED once every item has a final state, or → CANCELLED; a retry makes a job RUNNING again. */
public enum BulkJobState {
    RUNNING,
    COMPLETED,
    CANCELLED
}
