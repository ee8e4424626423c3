package io.busbar.smartcharging.replay;

import io.busbar.smartcharging.allocation.AllocatorSettings;
import io.busbar.smartcharging.allocation.EvPhases;
import io.busbar.smartcharging.allocation.EvseWiring;
import io.busbar.smartcharging.allocation.Phase;
import io.busbar.smartcharging.allocation.PhaseRotation;
import io.busbar.smartcharging.allocation.SitePolicies;
import io.busbar.smartcharging.allocation.SiteTopology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionReplayTest {
    private static final String SITE = """
            {
              "siteId": "depot",
              "lineToNeutralVolts": 230,
              "lineToLineVolts": 400,
              "grid": {"id": "grid", "phaseLimitsAmps": [32, 32, 32]},
              "breakers": [{"id": "feeder", "parent": "grid", "phaseLimitsAmps": [16, null, 16]}],
              "evseDefaults": {"maxAmps": 32, "minAmps": 6, "stepAmps": 0.1},
              "evses": [
                {"id": "a", "wiring": "3P-RST"},
                {"id": "b", "parent": "feeder", "wiring": "L1"},
                {"id": "c", "parent": "feeder", "wiring": "L3-L1", "maxAmps": 16}
              ]
            }
            """;
    private static final String SESSIONS = """
            session_id,evse_id,arrival_utc,departure_utc,energy_kwh,max_power_kw,phases
            s1,a,2026-03-02T08:00:00Z,2026-03-02T12:00:00Z,10,11,3
            s2,b,2026-03-02T08:00:00Z,2026-03-02T09:00:00Z,3.5,7.4,1
            s3,a,2026-03-02T13:00:00Z,2026-03-02T14:00:00Z,50,22,
            """;

    @TempDir
    Path dir;

    @Test
    void aSiteFileDescribesTheTreeWiringAndBoundsAndWritesBackTheSame() throws IOException {
        SiteTopology site = SiteFile.read(write("site.json", SITE));

        assertThat(site.evses()).extracting(e -> e.wiring()).containsExactly(
                new EvseWiring.ThreePhase(PhaseRotation.RST), new EvseWiring.LineToNeutral(Phase.L1),
                new EvseWiring.LineToLine(Phase.L3, Phase.L1));
        assertThat(site.evses().get(2).maxCurrent().amps()).isEqualTo(16);
        assertThat(site.evses().get(0).parentId()).isEqualTo("grid");
        assertThat(site.breakers().getFirst().phaseLimits().isLimitedOn(Phase.L2)).isFalse();
        assertThat(SiteFile.read(write("again.json", SiteFile.write(site)))).isEqualTo(site);
    }

    @Test
    void aBadSiteFileIsRejectedNamingTheProblem() throws IOException {
        assertThatThrownBy(() -> SiteFile.read(write("bad.json", SITE.replace("\"L3-L1\"", "\"L4\""))))
                .hasMessageContaining("EVSE c: wiring 'L4'");
        assertThatThrownBy(() -> SiteFile.read(write("broken.json", "{ not json")))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aSessionCsvIsReadAndABadRowNamesItsLineAndColumn() throws IOException {
        List<ReplaySession> sessions = SessionHistoryCsv.read(write("s.csv", SESSIONS));

        assertThat(sessions).hasSize(3);
        assertThat(sessions.getFirst().requested().wattHours()).isEqualTo(10_000);
        assertThat(sessions.getFirst().phases()).isEqualTo(EvPhases.THREE);
        assertThat(sessions.get(2).phases()).isEqualTo(EvPhases.UNKNOWN);
        assertThatThrownBy(() -> SessionHistoryCsv.read(write("bad.csv", SESSIONS.replace("3.5", "three"))))
                .hasMessageContaining("line 3, column energy_kwh: not a number");
        assertThatThrownBy(() -> SessionHistoryCsv.read(write("nocol.csv", "session_id,evse_id\ns,a\n")))
                .hasMessageContaining("missing column arrival_utc");
    }

    @Test
    void theReplayDeliversWhatFitsCountsItAsAcnSimDoesAndNeverExceedsALimit() throws IOException {
        SiteTopology site = SiteFile.read(write("site.json", SITE));
        List<ReplaySession> sessions = SessionHistoryCsv.read(write("s.csv", SESSIONS));

        ReplayReport report = new SessionReplay(site, SitePolicies.NONE, AllocatorSettings.DEFAULT,
                SessionReplay.Options.acn(Optional.empty())).run("test", sessions);

        // s1 (10 kWh over 4 h) and s2 (3.5 kWh in 1 h at up to 15.9 A behind the 16 A feeder: 3.66 kW) are met;
        // s3 wants 50 kWh in 1 h at 22 kW (31.88 A): 31.8 A on the 0.1 A steps for an hour is 21.94 kWh
        assertThat(report.requestedKwh()).isEqualTo(63.5);
        assertThat(report.deliveredKwh()).isCloseTo(10 + 3.5 + 31.8 * 3 * 230 / 1000, org.assertj.core.data.Offset.offset(0.01));
        assertThat(report.sessionsFullyMetPct()).isCloseTo(200.0 / 3, org.assertj.core.data.Offset.offset(0.01));
        assertThat(report.violations()).isZero();
        assertThat(report.violationsAtLimits()).isZero();
        assertThat(report.peakKw()).isLessThanOrEqualTo(3 * 230 * 32 / 1000.0);
        assertThat(report.allocations()).isPositive();
    }

    @Test
    void theTariffPricesWeekdayBandsWeekendsAndSeasonsInLocalTime() throws IOException {
        TouTariff tariff = TouTariff.read(write("tariff.json", """
                {"timezone": "America/Los_Angeles", "demand_charge_usd_per_kw_month": 15.51,
                 "summer_jun01_sep30": {"weekday": {"hours": [0, 8, 12, 18, 23], "usd_per_kwh": [0.05623, 0.0925, 0.26668, 0.0925, 0.05623]}, "weekend_usd_per_kwh": 0.05623},
                 "winter_oct01_may31": {"weekday": {"hours": [0, 8, 12, 18, 23], "usd_per_kwh": [0.06087, 0.07492, 0.0869, 0.07492, 0.06087]}, "weekend_usd_per_kwh": 0.06087}}
                """));

        // Friday 2019-03-01 13:00 PST = 21:00 UTC: winter mid-peak
        assertThat(tariff.pricePerKwhAt(Instant.parse("2019-03-01T21:00:00Z"))).isEqualByComparingTo(new BigDecimal("0.0869"));
        assertThat(tariff.pricePerKwhAt(Instant.parse("2019-03-02T21:00:00Z"))).isEqualByComparingTo(new BigDecimal("0.06087"));
        assertThat(tariff.pricePerKwhAt(Instant.parse("2019-07-01T20:00:00Z"))).isEqualByComparingTo(new BigDecimal("0.26668"));
        // after DST (2019-03-10) noon is 19:00 UTC
        assertThat(tariff.nextChangeAfter(Instant.parse("2019-03-11T17:00:00Z"))).isEqualTo(Instant.parse("2019-03-11T19:00:00Z"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
