package io.busbar.alerts.internal;

import io.busbar.tenants.TenantId;

import io.busbar.alerts.AlertRuleSpec;
import io.busbar.alerts.EscalationLevel;
import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerDescription;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.RegistrationStatus;
import io.busbar.chargers.SiteId;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rules apply: every criterion must hold; site, vendor and model need a known charger. */
class RuleMatcherTest {
    private static final SiteId DEPOT = new SiteId(UUID.randomUUID());
    private static final Optional<Charger> ABB_AT_DEPOT = Optional.of(charger(DEPOT, "ABB", "Terra AC"));

    @Test
    void severityIsAMinimum() {
        AlertRuleSpec rule = rule(FaultSeverity.ERROR, null, null, null, Set.of());
        assertThat(RuleMatcher.matches(rule, ABB_AT_DEPOT, FaultSeverity.WARNING, FaultType.CONNECTOR_ERROR)).isFalse();
        assertThat(RuleMatcher.matches(rule, ABB_AT_DEPOT, FaultSeverity.ERROR, FaultType.CONNECTOR_ERROR)).isTrue();
        assertThat(RuleMatcher.matches(rule, ABB_AT_DEPOT, FaultSeverity.CRITICAL, FaultType.BOOT_LOOP)).isTrue();
    }

    @Test
    void siteVendorAndModelMustAllHold_caseInsensitively() {
        AlertRuleSpec rule = rule(FaultSeverity.INFO, DEPOT, "abb", "TERRA ac", Set.of());
        assertThat(RuleMatcher.matches(rule, ABB_AT_DEPOT, FaultSeverity.ERROR, FaultType.CONNECTOR_ERROR)).isTrue();
        assertThat(RuleMatcher.matches(rule, Optional.of(charger(DEPOT, "ABB", "Terra DC")), FaultSeverity.ERROR,
                FaultType.CONNECTOR_ERROR)).isFalse();
        assertThat(RuleMatcher.matches(rule, Optional.of(charger(new SiteId(UUID.randomUUID()), "ABB", "Terra AC")),
                FaultSeverity.ERROR, FaultType.CONNECTOR_ERROR)).isFalse();
        assertThat(RuleMatcher.matches(rule, Optional.empty(), FaultSeverity.ERROR, FaultType.CONNECTOR_ERROR)).isFalse();
        assertThat(RuleMatcher.matches(rule(FaultSeverity.INFO, null, null, null, Set.of()), Optional.empty(),
                FaultSeverity.ERROR, FaultType.CONNECTOR_ERROR)).isTrue();
    }

    @Test
    void faultTypesFilterFaultsButNotHumanNeeded() {
        AlertRuleSpec rule = rule(FaultSeverity.INFO, null, null, null, Set.of(FaultType.BOOT_LOOP));
        assertThat(RuleMatcher.matches(rule, ABB_AT_DEPOT, FaultSeverity.ERROR, FaultType.CONNECTOR_ERROR)).isFalse();
        assertThat(RuleMatcher.matches(rule, ABB_AT_DEPOT, FaultSeverity.ERROR, FaultType.BOOT_LOOP)).isTrue();
        assertThat(RuleMatcher.matches(rule, ABB_AT_DEPOT, FaultSeverity.ERROR, null)).isTrue();
    }

    @Test
    void aDisabledRuleMatchesNothing() {
        AlertRuleSpec rule = new AlertRuleSpec("off", false, FaultSeverity.INFO, null, null, null, Set.of(),
                Duration.ZERO, null, List.of(new EscalationLevel(Duration.ZERO, List.of(), List.of("a@b.test"))));
        assertThat(RuleMatcher.matches(rule, ABB_AT_DEPOT, FaultSeverity.CRITICAL, FaultType.BOOT_LOOP)).isFalse();
    }

    private static AlertRuleSpec rule(FaultSeverity min, SiteId site, String vendor, String model, Set<FaultType> types) {
        return new AlertRuleSpec("r", true, min, site, vendor, model, types, Duration.ZERO, null,
                List.of(new EscalationLevel(Duration.ZERO, List.of(), List.of("noc@example.test"))));
    }

    private static Charger charger(SiteId site, String vendor, String model) {
        return new Charger(new ChargerIdentity("CP-1"), TenantId.DEFAULT, site, null, RegistrationStatus.ACCEPTED, false, "ocpp1.6",
                new ChargerDescription(vendor, model, null, null, null, null, null, null), null, true, Instant.EPOCH,
                Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, List.of());
    }
}
