package io.busbar.bulk.internal;

import io.busbar.bulk.BulkItemFailure;
import io.busbar.bulk.BulkItemState;
import io.busbar.commands.CommandId;

import java.util.Map;
import java.util.Set;

/** What one attempt at one charger gave: a final item state with its details. */
record ItemOutcome(BulkItemState state, BulkItemFailure failure, String status, String error, CommandId commandId,
                   Map<String, Object> result) {
    /**
     * Status literals that mean the charger did, or will do, what was asked (across 1.6 and 2.0.1 answers):
     * Scheduled is a 2.0.1 reset/update at a later moment, AcceptedCanceled a 2.0.1 firmware update accepted
     * with the running one cancelled, RebootRequired a setting stored that takes effect after a reboot.
     */
    private static final Set<String> SUCCESS = Set.of("Accepted", "Scheduled", "AcceptedCanceled", "RebootRequired",
            "Unlocked");

    static ItemOutcome answered(String status, CommandId commandId, Map<String, Object> result) {
        boolean succeeded = status == null || SUCCESS.contains(status);
        return new ItemOutcome(succeeded ? BulkItemState.SUCCEEDED : BulkItemState.REJECTED, null, status, null,
                commandId, result);
    }

    static ItemOutcome checked(String verdict, boolean succeeded, Map<String, Object> summary) {
        return new ItemOutcome(succeeded ? BulkItemState.SUCCEEDED : BulkItemState.REJECTED, null, verdict, null,
                null, summary);
    }

    static ItemOutcome failed(BulkItemFailure failure, String error, CommandId commandId) {
        return new ItemOutcome(BulkItemState.FAILED, failure, null, error, commandId, null);
    }
}
