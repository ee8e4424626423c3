package io.busbar.bulk;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.CommandId;

import java.time.Instant;
import java.util.Map;

/**
 * One charger of a bulk job and what became of it (its latest attempt).
 *
 * @param status    the charger's status literal as sent (Accepted, Rejected, Scheduled...) or, for a template check,
 *                  InSync, Corrected, Drifted or NoTemplate; null when there was no answer
 * @param failure   why a FAILED item got no usable answer; null otherwise
 * @param commandId the audit-log entry ({@link io.busbar.commands.CommandLog}) of the latest attempt, when the
 *                  action is a command
 * @param result    the charger's answer as sent (a command) or the check's summary (a template check)
 * @param attempts  how many times the item was started (retries and restarts add one each)
 */
public record BulkItem(ChargerIdentity charger, BulkItemState state, BulkItemFailure failure, String status,
                       String error, CommandId commandId, Map<String, Object> result, int attempts,
                       Instant startedAt, Instant finishedAt) {
}
