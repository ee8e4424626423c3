package io.busbar.bulk.internal;

import io.busbar.bulk.BulkAction;
import io.busbar.bulk.BulkJob;
import io.busbar.bulk.BulkJobId;
import io.busbar.bulk.BulkJobProgress;
import io.busbar.bulk.BulkJobState;
import io.busbar.bulk.BulkTarget;
import io.busbar.commands.Actor;

import java.time.Duration;
import java.time.Instant;

/** A bulk_jobs row. */
record JobRow(BulkJobId id, BulkJobState state, BulkTarget target, BulkAction action, int concurrency,
              Duration timeoutPerCharger, Actor operator, Instant createdAt, Instant finishedAt) {
    BulkJob withProgress(BulkJobProgress progress) {
        return new BulkJob(id, state, target, action, concurrency, timeoutPerCharger, operator, createdAt, finishedAt,
                progress);
    }

    JobPlan plan() {
        return new JobPlan(id, action, concurrency, timeoutPerCharger, JobPlan.actorFor(id, operator));
    }
}
