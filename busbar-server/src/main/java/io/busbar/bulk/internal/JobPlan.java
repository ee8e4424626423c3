package io.busbar.bulk.internal;

import io.busbar.bulk.BulkAction;
import io.busbar.bulk.BulkJobId;
import io.busbar.commands.Actor;

import java.time.Duration;

/**
 * What the runner needs to work on a job's items. {@code actor} is who the commands are sent as: the job, on
 * behalf of the operator who started it.
 */
record JobPlan(BulkJobId id, BulkAction action, int concurrency, Duration timeoutPerCharger, Actor actor) {
    static Actor actorFor(BulkJobId id, Actor operator) {
        String name = "started by " + operator.kind() + ":" + operator.id()
                + (operator.name() == null ? "" : " (" + operator.name() + ")");
        return new Actor("system", "bulk-job:" + id, name);
    }
}
