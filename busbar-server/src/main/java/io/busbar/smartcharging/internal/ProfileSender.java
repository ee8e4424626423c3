package io.busbar.smartcharging.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.ChargerCommands;
import io.busbar.commands.CommandErrorException;
import io.busbar.commands.CommandException;
import io.busbar.commands.CommandNotSupportedException;
import io.busbar.commands.CommandStatus;
import io.busbar.platform.units.Current;
import io.busbar.smartcharging.ChargingRateUnit;
import io.busbar.smartcharging.SetChargingLimit;
import io.busbar.smartcharging.SetFailSafeLimit;
import io.busbar.smartcharging.allocation.EvseLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Puts limits on the wire through {@link ChargerCommands} (system traffic: not in the operator audit log), one
 * virtual thread per command so a slow charger delays nobody, and records each answer in the EVSE's or charger's
 * state; then calls back so the site is recomputed with what is now confirmed.
 */
@Component
class ProfileSender implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ProfileSender.class);
    static final int FAIL_SAFE_PROFILE_ID = 9001;
    static final int ONLINE_DEFAULT_PROFILE_ID = 9002;
    static final int TX_PROFILE_ID_BASE = 9100;
    /** Schedules start this much before now, so a charger whose clock is a little behind already applies them. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final ChargerCommands commands;
    private final Clock clock;
    private final LoadManagementProperties properties;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    ProfileSender(ChargerCommands commands, Clock clock, LoadManagementProperties properties) {
        this.commands = commands;
        this.clock = clock;
        this.properties = properties;
    }

    /** Sends {@code limit} as the EVSE's TxProfile, valid until {@code until}; {@code done} runs after the answer. */
    void sendLimit(EvseRef evse, EvseProfile profile, String transactionId, EvseLimit limit, Instant until,
                   Runnable done) {
        Current amps = tenths(limit.current());
        Instant now = clock.instant();
        Instant start = now.minus(CLOCK_SKEW);
        profile.sending(amps, now);
        SetChargingLimit command = new SetChargingLimit(evse.evseId(), transactionId,
                amps.inAmps().setScale(1, RoundingMode.DOWN), ChargingRateUnit.A, limit.phases(),
                TX_PROFILE_ID_BASE + evse.evseId(), 0, start, (int) Duration.between(start, until).toSeconds());
        executor.execute(() -> {
            try {
                CommandStatus status = commands.send(evse.charger(), command).result();
                if (status.accepted()) {
                    profile.accepted(transactionId, amps, until, status.status(), clock.instant());
                } else {
                    profile.failed(transactionId, amps, false, status.status(), clock.instant(),
                            properties.maxRetryDelay());
                }
            } catch (CommandException e) {
                boolean refused = e instanceof CommandErrorException || e instanceof CommandNotSupportedException;
                profile.failed(transactionId, amps, !refused, e.failure().toString(), clock.instant(),
                        properties.maxRetryDelay());
            } catch (RuntimeException e) {
                log.warn("Limit for {} could not be sent", evse.key(), e);
                profile.failed(transactionId, amps, false, e.getClass().getSimpleName(), clock.instant(),
                        properties.maxRetryDelay());
            } finally {
                done.run();
            }
        });
    }

    /**
     * Sends the fail-safe (TxDefaultProfile, stack level 0, no end) and then the 0 A online default (stack level 1,
     * lapsing after two leases; every TxProfile ends with it, see {@link SiteRound}).
     */
    void sendDefaults(ChargerIdentity charger, ChargerDefaults defaults, Current failSafe, Runnable done) {
        if (!defaults.startSending(failSafe)) {
            return;
        }
        executor.execute(() -> {
            try {
                BigDecimal amps = failSafe.inAmps().setScale(1, RoundingMode.DOWN);
                CommandStatus first = commands.send(charger, new SetFailSafeLimit(amps, ChargingRateUnit.A, null,
                        FAIL_SAFE_PROFILE_ID, 0, null, null)).result();
                if (!first.accepted()) {
                    defaults.failed(first.status(), clock.instant(), properties.maxRetryDelay());
                    return;
                }
                Instant now = clock.instant();
                Instant start = now.minus(CLOCK_SKEW);
                Instant until = now.plus(properties.lease().multipliedBy(2));
                CommandStatus second = commands.send(charger, new SetFailSafeLimit(BigDecimal.ZERO.setScale(1),
                        ChargingRateUnit.A, null, ONLINE_DEFAULT_PROFILE_ID, 1, start,
                        (int) Duration.between(start, until).toSeconds())).result();
                defaults.confirmed(failSafe, second.accepted() ? until : null, first.status());
            } catch (CommandException e) {
                defaults.failed(e.failure().toString(), clock.instant(), properties.maxRetryDelay());
            } catch (RuntimeException e) {
                log.warn("Fail-safe for {} could not be sent", charger, e);
                defaults.failed(e.getClass().getSimpleName(), clock.instant(), properties.maxRetryDelay());
            } finally {
                done.run();
            }
        });
    }

    /**
     * Charging profiles carry one decimal (1.6 multipleOf 0.1): rounded down so a limit never grows, after giving back
     * the allocator's 1 mA safety margin (its limits sit 1 mA under each exact bound, so 15.999 A means 16.0 A).
     */
    static Current tenths(Current current) {
        return Current.ofMilliamps((current.milliamps() + 1) / 100 * 100);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
