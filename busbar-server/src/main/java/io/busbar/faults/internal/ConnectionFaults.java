package io.busbar.faults.internal;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerPresence;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.ChargerWentOnline;
import io.busbar.chargers.RegistrationStatus;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Connection drops: a charger still offline {@code connection-grace} after its link ended gets a CONNECTION_LOST
 * fault (CRITICAL, opened at the drop); reconnecting closes it. A blip shorter than the grace leaves no trace.
 * Stateless between checks: the presence history says when each offline charger dropped.
 */
@Component
class ConnectionFaults {
    private static final List<FaultType> LOST = List.of(FaultType.CONNECTION_LOST);
    private static final int PAGE = 500;
    private static final int MAX_PAGES = 200;
    private final FaultJournal journal;
    private final ChargerRegistry chargers;
    private final ChargerPresence presence;
    private final FaultProperties properties;

    ConnectionFaults(FaultJournal journal, ChargerRegistry chargers, ChargerPresence presence,
                     FaultProperties properties) {
        this.journal = journal;
        this.chargers = chargers;
        this.presence = presence;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(ChargerWentOnline online) {
        journal.closeOpen(online.charger(), null, LOST, null, online.at(), "reconnected");
    }

    /** Opens CONNECTION_LOST for every accepted charger offline for longer than the grace. */
    void check(Instant now) {
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<Charger> offline = chargers.list(
                    new ChargerRegistry.ChargerFilter(null, RegistrationStatus.ACCEPTED, false), after, PAGE);
            offline.forEach(charger -> checkOne(charger.identity(), now));
            if (offline.size() < PAGE) {
                return;
            }
            after = offline.getLast().identity().value();
        }
    }

    private void checkOne(ChargerIdentity charger, Instant now) {
        List<ChargerPresence.PresenceEvent> last = presence.history(charger, 1);
        if (last.isEmpty() || last.getFirst().online()) {
            return; // never connected, or the online event is on its way
        }
        ChargerPresence.PresenceEvent drop = last.getFirst();
        if (drop.at().plus(properties.connectionGrace()).isAfter(now)) {
            return;
        }
        journal.open(new NewFault(charger, null, FaultType.CONNECTION_LOST, FaultSeverity.CRITICAL, null,
                "Offline since " + drop.at() + (drop.detail() == null ? "" : " (" + drop.detail() + ")"),
                Map.of("kind", "ConnectionDrop", "reason", String.valueOf(drop.detail()), "droppedAt",
                        drop.at().toString()), drop.at()));
        // It may have come back while we opened: its online event found nothing to close, so close it here.
        chargers.find(charger).filter(Charger::online).ifPresent(back -> journal.closeOpen(charger, null, LOST,
                null, back.connectedSince() == null ? now : back.connectedSince(), "reconnected"));
    }
}
