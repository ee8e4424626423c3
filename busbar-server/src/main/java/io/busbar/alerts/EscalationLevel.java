package io.busbar.alerts;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Who is told at one level of a rule. Level 1 is told when the alert is raised; level n + 1 when the alert is still
 * unacknowledged {@code after} the alert was raised.
 *
 * @param after    zero for level 1; for later levels, longer than the previous level's
 * @param webhooks URLs that receive a signed JSON POST
 * @param emails   addresses that receive an e-mail
 */
public record EscalationLevel(Duration after, List<URI> webhooks, List<String> emails) {
    public EscalationLevel {
        Objects.requireNonNull(after, "after");
        webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }
}
