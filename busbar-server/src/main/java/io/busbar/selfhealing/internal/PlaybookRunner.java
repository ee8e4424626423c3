package io.busbar.selfhealing.internal;

import io.busbar.faults.FaultOpened;
import io.busbar.selfhealing.HumanNeeded;
import io.busbar.selfhealing.Playbook;
import io.busbar.selfhealing.PlaybookRun;
import io.busbar.selfhealing.PlaybookStep;
import io.busbar.selfhealing.PlaybookStepKind;
import io.busbar.selfhealing.RunState;
import io.busbar.selfhealing.StepOutcome;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The self-healing state machine: a run goes RUNNING → RECOVERED (recovery observed; nobody is called) or
 * RUNNING → ESCALATED (steps ran out or CALL_HUMAN; {@link HumanNeeded} published once). Each run executes on its
 * own virtual thread, one step after another, recording every step before and after; after a restart, runs
 * still RUNNING resume at their first unfinished step.
 */
@Component
class PlaybookRunner {
    private static final Logger log = LoggerFactory.getLogger(PlaybookRunner.class);
    private final PlaybookStore playbooks;
    private final RunLedger ledger;
    private final StepActions actions;
    private final SelfHealingProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    PlaybookRunner(PlaybookStore playbooks, RunLedger ledger, StepActions actions, SelfHealingProperties properties,
                   TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.playbooks = playbooks;
        this.ledger = ledger;
        this.actions = actions;
        this.properties = properties;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Starts the applicable playbook for a new fault (at most one run per fault). */
    void start(FaultOpened fault) {
        if (!properties.enabled()) {
            return;
        }
        Optional<Playbook> playbook = playbooks.applicable(fault.charger(), fault.type(), fault.code())
                .filter(Playbook::enabled);
        playbook.flatMap(p -> ledger.insert(fault, p, clock.instant())).ifPresent(this::launchAfterCommit);
    }

    /** The listener runs in a transaction: the run's thread must find the run row, so it starts after commit. */
    private void launchAfterCommit(UUID run) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            launch(run);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                launch(run);
            }
        });
    }

    void launch(UUID run) {
        Thread thread = Thread.ofVirtual().name("playbook-run-" + run).unstarted(() -> {
            try {
                execute(run);
            } catch (RuntimeException e) {
                if (!stopping) {
                    log.error("Playbook run {} stopped on an error; it stays RUNNING and resumes at restart", run, e);
                }
            } finally {
                threads.remove(Thread.currentThread());
            }
        });
        threads.add(thread);
        thread.start();
    }

    /** At shutdown, runs stop where they are (RUNNING) and resume at the next start. */
    @PreDestroy
    void stop() {
        stopping = true;
        threads.forEach(Thread::interrupt);
    }

    private void execute(UUID runId) {
        PlaybookRun run = ledger.find(runId).orElseThrow();
        List<PlaybookStep> steps = playbooks.steps(run.playbookId(), run.playbookVersion());
        boolean actedSinceWait = true;
        for (int position = ledger.endedSteps(runId); position < steps.size(); position++) {
            PlaybookStepKind step = steps.get(position).step();
            Optional<String> recovered = ledger.recovery(runId);
            if (recovered.isPresent() && step != PlaybookStepKind.WAIT_RECOVERY) {
                // Recovered since the last step: nothing more to do (a wait step would record it itself).
                recover(run, recovered.get());
                return;
            }
            ledger.stepStarted(runId, position, step, run.charger(), clock.instant());
            StepResult result = switch (step) {
                case WAIT_RECOVERY -> actedSinceWait || recovered.isPresent()
                        ? awaitRecovery(runId, steps.get(position).seconds())
                        : StepResult.of(StepOutcome.SKIPPED_NOTHING_TO_VERIFY, "no action was sent since the last wait");
                case CALL_HUMAN -> StepResult.of(StepOutcome.HUMAN_CALLED, null);
                default -> actions.run(step, run.charger(), run.evseId());
            };
            ledger.stepEnded(runId, position, result, clock.instant());
            log.info("Playbook run {} on {}: {} {}", runId, run.charger(), step, result.outcome());
            if (step.isAction()) {
                actedSinceWait = result.outcome() == StepOutcome.SENT;
            } else if (step == PlaybookStepKind.WAIT_RECOVERY) {
                actedSinceWait = false;
            }
            if (result.outcome() == StepOutcome.RECOVERED) {
                recover(run, result.detail());
                return;
            }
            if (step == PlaybookStepKind.CALL_HUMAN) {
                break;
            }
        }
        escalate(runId);
    }

    /** Looks for recovery every poll interval for {@code seconds} at most (a bounded number of looks). */
    private StepResult awaitRecovery(UUID run, int seconds) {
        long looks = Math.max(1, (seconds * 1000L + properties.pollInterval().toMillis() - 1)
                / properties.pollInterval().toMillis());
        for (long look = 0; look < looks; look++) {
            Optional<String> recovered = ledger.recovery(run);
            if (recovered.isPresent()) {
                return StepResult.of(StepOutcome.RECOVERED, recovered.get());
            }
            try {
                Thread.sleep(properties.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for recovery", e);
            }
        }
        return ledger.recovery(run).map(why -> StepResult.of(StepOutcome.RECOVERED, why))
                .orElse(StepResult.of(StepOutcome.NOT_RECOVERED, "no recovery within " + seconds + " s"));
    }

    private void recover(PlaybookRun run, String because) {
        ledger.end(run.id(), RunState.RECOVERED, "Recovered: " + because, clock.instant());
    }

    /** Ends the run ESCALATED and publishes HumanNeeded in the same transaction, only if this call ended it. */
    private void escalate(UUID runId) {
        PlaybookRun run = ledger.find(runId).orElseThrow();
        List<String> tried = run.steps().stream()
                .map(s -> s.step() + (s.command() == null ? "" : " (" + s.command() + ")") + ": " + s.outcome()
                        + (s.answer() == null ? "" : " " + s.answer()))
                .toList();
        String summary = run.faultType() + (run.faultCode() == null ? "" : " " + run.faultCode()) + " on "
                + run.charger() + (run.evseId() == null ? "" : " EVSE " + run.evseId())
                + " was not fixed automatically after " + tried.size() + " steps";
        transactions.executeWithoutResult(status -> {
            if (ledger.end(runId, RunState.ESCALATED, summary, clock.instant())) {
                events.publishEvent(new HumanNeeded(runId, run.fault(), run.charger(), run.evseId(), run.severity(),
                        summary, tried, clock.instant()));
            }
        });
    }
}
