package io.busbar.pricedisplay.internal;

import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.ChargerCommand;
import io.busbar.commands.ChargerCommands;
import io.busbar.commands.CommandStatus;
import io.busbar.pricedisplay.ShowFinalCost;
import io.busbar.pricedisplay.ShowRunningCost;
import io.busbar.pricedisplay.ShowTariff;
import io.busbar.pricedisplay.internal.CostDisplaySupport.Protocol;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionEvents.ReadingsRecorded;
import io.busbar.sessions.SessionEvents.SessionEnded;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionQueries.SessionFilter;
import io.busbar.sessions.SessionState;
import io.busbar.tariffs.ChargingState;
import io.busbar.tariffs.MeterSample;
import io.busbar.tariffs.TariffPricing;
import io.busbar.tariffs.TariffPricing.SessionCost;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import io.busbar.platform.AfterCommit;
import io.busbar.platform.BackgroundWork;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * The display messages Busbar sends on its own, each on a virtual thread so no charger waits for it: OCPP 1.6
 * SetUserPrice once a driver is accepted, RunningCost on meter values (at most once per session per
 * {@code busbar.price-display.running-cost-interval}, default 60 s), FinalCost after the session ended; OCPP 2.0.1
 * CostUpdated for meter values no TransactionEvent answer carried (I02.FR.01: CostUpdated or the answer's
 * totalCost). A display message that fails is logged and counted ({@code busbar.price.display.failures}) and never
 * retried: the next reading brings a newer cost anyway, and charging and billing never depend on it.
 */
@Component
class CostPushes {
    private static final Logger log = LoggerFactory.getLogger(CostPushes.class);
    /** One identification of a driver: Authorize and the StartTransaction after it show the tariff once. */
    private static final Duration TARIFF_TEXT_WINDOW = Duration.ofMinutes(2);

    private final ChargerCommands commands;
    private final TariffPricing pricing;
    private final SessionQueries sessions;
    private final CostDisplaySupport support;
    private final ShownCosts shown;
    private final TariffTexts tariffTexts;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration interval;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final BackgroundWork background = new BackgroundWork();

    CostPushes(ChargerCommands commands, TariffPricing pricing, SessionQueries sessions, CostDisplaySupport support,
               ShownCosts shown, TariffTexts tariffTexts, MeterRegistry meters, Clock clock,
               @Value("${busbar.price-display.running-cost-interval:60s}") Duration interval) {
        this.commands = commands;
        this.pricing = pricing;
        this.sessions = sessions;
        this.support = support;
        this.shown = shown;
        this.tariffTexts = tariffTexts;
        this.meters = meters;
        this.clock = clock;
        this.interval = interval;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** 1.6: SetUserPrice for a driver just accepted, when the charger declared California pricing. */
    void driverIdentified(ChargerIdentity charger, Integer evseId, IdToken token) {
        inBackground("tariff text", charger, () -> {
            if (support.protocolOf(charger) != Protocol.OCPP16 || !support.californiaPricing(charger)
                    || !shown.claimTariffText(charger, token, clock.instant(), TARIFF_TEXT_WINDOW)) {
                return;
            }
            tariffTexts.text(charger, evseId, token)
                    .ifPresent(text -> send(charger, new ShowTariff(token.value(), text)));
        });
    }

    /**
     * After the readings are committed (or at once when published outside a transaction, as 1.6 MeterValues are).
     * Readings of a 2.0.1 TransactionEvent name their session: that event's answer carries totalCost, so no
     * CostUpdated; readings of a MeterValues message do not (session null).
     */
    @EventListener
    void on(ReadingsRecorded event) {
        // Not a @TransactionalEventListener: Modulith would insert and complete a publication row for every
        // meter-value batch (two statements each), a fire-and-forget display push needs no such record.
        AfterCommit.run(() -> inBackground("running cost", event.charger(), () -> runningCost(event)));
    }

    /** 1.6: FinalCost once the session ended (2.0.1 answered TransactionEvent Ended with totalCost already). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SessionEnded event) {
        try {
            finalCost(event);
        } catch (RuntimeException e) {
            failed("final cost", event.charger(), e);
        } finally {
            shown.forget(event.session());
        }
    }

    private void runningCost(ReadingsRecorded event) {
        Protocol protocol = support.protocolOf(event.charger());
        if (protocol == Protocol.UNKNOWN || protocol == Protocol.OCPP201 && event.session() != null) {
            return;
        }
        // cheapest question first: most chargers show no price, and this runs for every meter-value batch
        boolean displays = protocol == Protocol.OCPP16 ? support.californiaPricing(event.charger())
                : support.showsCost(event.charger());
        if (!displays) {
            return;
        }
        Optional<Session> active = event.session() != null ? sessions.find(event.session())
                : sessions.list(new SessionFilter(event.charger(), null, SessionState.ACTIVE, null, null), null, 50)
                        .stream().filter(session -> session.evseId() == event.evseId()).findFirst();
        if (active.isEmpty() || active.get().state() != SessionState.ACTIVE) {
            return;
        }
        Session session = active.get();
        Instant now = clock.instant();
        if (shown.shownWithin(session.id(), now, interval)) {
            return;
        }
        SessionCost cost = pricing.sessionCost(session.id());
        BigDecimal total = cost.breakdown().totalInclVat().amount();
        if (shown.shows(session.id(), total)) {
            return;
        }
        // recorded before sending: a charger that fails is not asked again before the interval has passed
        shown.costShown(session.id(), total, now);
        MeterSample latest = latestReading(cost.timeline().samples());
        String transactionId = protocol == Protocol.OCPP16 ? String.valueOf(session.transactionNumber())
                : session.chargerTransactionId();
        send(event.charger(), new ShowRunningCost(transactionId, now,
                latest.registerWh().setScale(0, java.math.RoundingMode.HALF_UP).longValueExact(), total,
                latest.state() == ChargingState.CHARGING,
                PriceTexts.prices(cost.tariff().tariff(), cost.breakdown())));
    }

    /**
     * The sample of the latest reading: an active session's timeline ends with an idle sample at "now" that the
     * tariffs module adds to price the time since (docs/tariffs.md), which says nothing about what the EV does.
     */
    private static MeterSample latestReading(List<MeterSample> samples) {
        MeterSample last = samples.getLast();
        boolean syntheticEnd = samples.size() > 1 && last.state() == ChargingState.IDLE && last.power().watts() == 0;
        return syntheticEnd ? samples.get(samples.size() - 2) : last;
    }

    private void finalCost(SessionEnded event) {
        if (support.protocolOf(event.charger()) != Protocol.OCPP16 || !support.californiaPricing(event.charger())) {
            return;
        }
        Optional<Session> session = sessions.find(event.session());
        if (session.isEmpty()) {
            return;
        }
        SessionCost cost = pricing.sessionCost(event.session());
        send(event.charger(), new ShowFinalCost(String.valueOf(session.get().transactionNumber()),
                cost.breakdown().totalInclVat().amount(),
                PriceTexts.finalText(cost.breakdown(), event.energy().wattHours())));
    }

    private void send(ChargerIdentity charger, ChargerCommand<CommandStatus> command) {
        CommandStatus status = commands.send(charger, command).result();
        if (!status.accepted()) {
            log.info("Charger {} answered {} to {}: nothing shown", charger, status.status(), command.name());
            meters.counter("busbar.price.display.failures", "command", command.name(), "reason", "refused").increment();
        }
    }

    private void inBackground(String what, ChargerIdentity charger, Runnable task) {
        try {
            // background work: its queries use the listeners' pool, not the connections chargers wait on
            executor.execute(background.decorate(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    failed(what, charger, e);
                }
            }));
        } catch (RejectedExecutionException e) {
            log.debug("Price display stopped; {} for {} not shown", what, charger);
        }
    }

    private void failed(String what, ChargerIdentity charger, RuntimeException e) {
        log.warn("Showing the {} on {} failed: {}", what, charger, e.toString());
        meters.counter("busbar.price.display.failures", "command", what, "reason", "error").increment();
    }
}
