package io.busbar.api.webhooks;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;

/** The 404s of webhooks; the tenant guard answers another tenant's ids with the very same. */
final class WebhookProblems {
    private WebhookProblems() {
    }

    static ProblemException webhookNotFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No webhook " + id);
    }

    static ProblemException deliveryNotFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No webhook delivery " + id);
    }
}
