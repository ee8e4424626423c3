package io.busbar.maintenance.internal;

import io.busbar.maintenance.OpenTicket;
import io.busbar.maintenance.TicketOrigin;
import io.busbar.maintenance.TicketPriority;
import io.busbar.predictive.FailurePredicted;
import io.busbar.selfhealing.HumanNeeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Opens tickets for what software could not fix. Both reactions are idempotent: events are delivered at least
 * once, and the unique indexes of V170 turn a second delivery into nothing.
 */
@Component
class TicketListeners {
    private static final Logger log = LoggerFactory.getLogger(TicketListeners.class);
    /** At or above this risk a predicted failure is HIGH priority, below it NORMAL. */
    private static final double HIGH_RISK = 0.8;

    private final TicketService tickets;
    private final TicketStore store;

    TicketListeners(TicketService tickets, TicketStore store) {
        this.tickets = tickets;
        this.store = store;
    }

    /** One ticket per playbook run, with what the playbook tried in its description. */
    @ApplicationModuleListener
    void on(HumanNeeded event) {
        StringBuilder description = new StringBuilder(event.summary());
        if (!event.actionsTried().isEmpty()) {
            description.append("\n\nTried automatically:");
            event.actionsTried().forEach(action -> description.append("\n- ").append(action));
        }
        if (event.fault() != null) {
            description.append("\n\nFault: ").append(event.fault());
        }
        tickets.openIfAbsent(new OpenTicket(event.charger(), event.evseId(), title(event), description.toString(),
                        TicketPriority.of(event.severity()), TicketOrigin.PLAYBOOK_RUN, event.run().toString(), null,
                        "self-healing"))
                .ifPresentOrElse(t -> log.info("Ticket {} opened for playbook run {} on {}", t.id(), event.run(),
                        event.charger()), () -> log.debug("Playbook run {} has its ticket already", event.run()));
    }

    /** One open PREDICTION ticket per EVSE; a later prediction while it is open becomes a comment on it. */
    @ApplicationModuleListener
    void on(FailurePredicted event) {
        String evidence = String.format(Locale.ROOT, "Risk %.2f at %s:%n- %s", event.risk(), event.at(),
                String.join("\n- ", event.evidence()));
        var opened = tickets.openIfAbsent(new OpenTicket(event.charger(), event.evseId(),
                "Predicted failure on " + event.charger() + " EVSE " + event.evseId(), evidence,
                event.risk() >= HIGH_RISK ? TicketPriority.HIGH : TicketPriority.NORMAL, TicketOrigin.PREDICTION,
                event.charger() + "/" + event.evseId(), null, "predictive"));
        if (opened.isPresent()) {
            log.info("Ticket {} opened for a predicted failure on {} EVSE {}", opened.get().id(), event.charger(),
                    event.evseId());
            return;
        }
        store.openPrediction(event.charger(), event.evseId()).ifPresent(existing -> {
            boolean seen = store.history(existing.id()).stream()
                    .anyMatch(entry -> evidence.equals(entry.comment()));
            if (!seen) {
                tickets.comment(existing.id(), evidence, "predictive");
            }
        });
    }

    private static String title(HumanNeeded event) {
        return "Needs a technician: " + event.charger()
                + (event.evseId() == null ? "" : " EVSE " + event.evseId());
    }
}
