package io.busbar.smartcharging.replay;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Energy;
import io.busbar.platform.units.Power;
import io.busbar.platform.units.Voltage;
import io.busbar.smartcharging.allocation.AllocatorSettings;
import io.busbar.smartcharging.allocation.EvPhases;
import io.busbar.smartcharging.allocation.EvseSpec;
import io.busbar.smartcharging.allocation.EvseWiring;
import io.busbar.smartcharging.allocation.GridConnection;
import io.busbar.smartcharging.allocation.Phase;
import io.busbar.smartcharging.allocation.PhaseCurrents;
import io.busbar.smartcharging.allocation.SitePolicies;
import io.busbar.smartcharging.allocation.SiteTopology;
import io.busbar.smartcharging.allocation.Transformer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The horizon plan ({@link AllocatorSettings.Sharing#PLANNED}) on a Caltech-like delta-wye site, where one line pair
 * alone can use only half the transformer: replayed over a day, it delivers more energy than slot-by-slot sharing
 * and never exceeds a limit.
 */
class HorizonPlanReplayTest {
    private static final Instant MORNING = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void onADeltaTransformerThePlanDeliversMoreThanSlotBySlotSharingAndExceedsNothing() {
        SiteTopology site = deltaSite(20);
        List<ReplaySession> history = busyDay();

        ReplayReport planned = replay(site, AllocatorSettings.Sharing.PLANNED, history);
        ReplayReport byNeed = replay(site, AllocatorSettings.Sharing.BY_NEED, history);

        assertThat(planned.violations()).isZero();
        assertThat(planned.violationsAtLimits()).isZero();
        assertThat(planned.deliveredPct()).isGreaterThan(byNeed.deliveredPct() + 1);
    }

    @Test
    void withOneGroupOfEvsesThePlanChangesNothing() {
        SiteTopology site = deltaSite(20);
        List<ReplaySession> history = busyDay().stream().filter(s -> s.evseId().startsWith("ab")).toList();

        ReplayReport planned = replay(site, AllocatorSettings.Sharing.PLANNED, history);
        ReplayReport byNeed = replay(site, AllocatorSettings.Sharing.BY_NEED, history);

        assertThat(planned.deliveredPct()).isEqualTo(byNeed.deliveredPct());
    }

    private static ReplayReport replay(SiteTopology site, AllocatorSettings.Sharing sharing, List<ReplaySession> history) {
        AllocatorSettings settings = new AllocatorSettings(Duration.ofMinutes(5), Duration.ofHours(8), sharing);
        return new SessionReplay(site, SitePolicies.NONE, settings, SessionReplay.Options.acn(Optional.empty()))
                .run(sharing.name(), history);
    }

    /** Many long AB sessions wanting a lot, short BC and CA sessions arriving through the day. */
    private static List<ReplaySession> busyDay() {
        List<ReplaySession> sessions = new ArrayList<>();
        for (int e = 0; e < 6; e++) {
            sessions.add(session("ab-" + e, "ab" + e, MORNING.plus(Duration.ofMinutes(10L * e)), Duration.ofHours(9), 40));
        }
        for (int k = 0; k < 8; k++) {
            Instant arrival = MORNING.plus(Duration.ofMinutes(60L * k));
            sessions.add(session("bc-" + k, "bc" + (k % 3), arrival, Duration.ofMinutes(150), 12));
            sessions.add(session("ca-" + k, "ca" + (k % 3), arrival.plus(Duration.ofMinutes(20)), Duration.ofMinutes(150), 12));
        }
        return sessions;
    }

    private static ReplaySession session(String id, String evse, Instant arrival, Duration dwell, double kwh) {
        return new ReplaySession(id, evse, arrival, arrival.plus(dwell), Energy.ofWattHours((long) (kwh * 1000)),
                Power.ofWatts(6_600), EvPhases.SINGLE, 0);
    }

    /** Caltech's model (acnportal caltech_acn) at a cap: 208 V line-to-line EVSEs behind a 480/208 V delta-wye. */
    static SiteTopology deltaSite(int capKw) {
        Current secondary = Current.ofMilliamps((long) (capKw * 1e6 / 3 / 120));
        Current primary = Current.ofMilliamps((long) (capKw * 1e6 / 3 / 277));
        GridConnection grid = new GridConnection("transformer", PhaseCurrents.uniform(secondary), Optional.empty(),
                Optional.of(new Transformer(4, PhaseCurrents.uniform(primary))));
        List<EvseSpec> evses = new ArrayList<>();
        for (int e = 0; e < 6; e++) {
            evses.add(evse("ab" + e, Phase.L1, Phase.L2));
        }
        for (int e = 0; e < 3; e++) {
            evses.add(evse("bc" + e, Phase.L2, Phase.L3));
            evses.add(evse("ca" + e, Phase.L3, Phase.L1));
        }
        return new SiteTopology("delta-" + capKw, Voltage.ofVolts(120), Voltage.ofVolts(208), grid, List.of(), evses);
    }

    private static EvseSpec evse(String id, Phase from, Phase to) {
        return new EvseSpec(id, "transformer", new EvseWiring.LineToLine(from, to), Current.ofAmps(32), Current.ofAmps(6),
                Current.ofMilliamps(100));
    }
}
