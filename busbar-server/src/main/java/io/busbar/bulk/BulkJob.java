package io.busbar.bulk;

import io.busbar.commands.Actor;

import java.time.Duration;
import java.time.Instant;

/** A bulk job as stored, with its progress. {@code finishedAt} is null while RUNNING. */
public record BulkJob(BulkJobId id, BulkJobState state, BulkTarget target, BulkAction action, int concurrency,
                      Duration timeoutPerCharger, Actor startedBy, Instant createdAt, Instant finishedAt,
                      BulkJobProgress progress) {
}
