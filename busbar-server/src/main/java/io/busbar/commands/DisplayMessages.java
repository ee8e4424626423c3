package io.busbar.commands;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;
import java.util.List;

/**
 * The display messages each charger last reported (OCPP 2.0.1 NotifyDisplayMessages after a
 * {@link GetDisplayMessages}). A report with a new requestId replaces the previous one; the parts of one report
 * ({@code tbc}) add up.
 */
public interface DisplayMessages {
    /** The charger's last report, by message id; empty when it never reported or had none. */
    List<Reported> reported(ChargerIdentity charger);

    /** Called by the protocol adapter for each NotifyDisplayMessages. */
    void report(ChargerIdentity charger, int requestId, List<DisplayMessage> messages, Instant at);

    /** The charger removed the message (ClearDisplayMessage answered Accepted). */
    void forget(ChargerIdentity charger, int messageId);

    /** The charger has none matching a full query (GetDisplayMessages without filters answered Unknown). */
    void forgetAll(ChargerIdentity charger);

    record Reported(DisplayMessage message, int requestId, Instant reportedAt) {
    }
}
