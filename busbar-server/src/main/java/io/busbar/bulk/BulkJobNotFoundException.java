package io.busbar.bulk;

public class BulkJobNotFoundException extends RuntimeException {
    public BulkJobNotFoundException(BulkJobId id) {
        super("No bulk job " + id);
    }
}
