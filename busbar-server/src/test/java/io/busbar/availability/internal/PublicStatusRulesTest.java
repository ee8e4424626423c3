package io.busbar.availability.internal;

import io.busbar.availability.PublicEvse;
import io.busbar.availability.PublicStatus;
import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.ConnectorType;
import io.busbar.chargers.RegistrationStatus;
import io.busbar.chargers.SiteId;
import io.busbar.faults.Fault;
import io.busbar.faults.FaultId;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.platform.units.Power;
import io.busbar.tenants.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A driver is never sent to a charger that cannot charge, whatever its connectors last said. */
class PublicStatusRulesTest {
    private static final Instant T = Instant.parse("2026-11-27T08:00:00Z");
    private static final Map<ConnectorKey, ConnectorDescription> NONE = Map.of();

    @Test
    void connectorStatusesMapToWhatDriversNeed() {
        assertThat(statuses(charger(true, evse(1, ConnectorStatus.AVAILABLE), evse(2, ConnectorStatus.SUSPENDED_EV),
                evse(3, ConnectorStatus.RESERVED), evse(4, ConnectorStatus.UNAVAILABLE), evse(5, ConnectorStatus.FAULTED)),
                List.of())).containsExactly(PublicStatus.AVAILABLE, PublicStatus.CHARGING, PublicStatus.RESERVED,
                PublicStatus.INOPERATIVE, PublicStatus.OUTOFORDER);
    }

    @Test
    void anOfflineChargerIsUnknownNeverAvailable() {
        assertThat(statuses(charger(false, evse(1, ConnectorStatus.AVAILABLE)), List.of()))
                .containsExactly(PublicStatus.UNKNOWN);
    }

    @Test
    void anOpenErrorFaultOfTheChargerOrTheEvseIsOutOfOrderAWarningIsNot() {
        Charger charger = charger(true, evse(1, ConnectorStatus.AVAILABLE), evse(2, ConnectorStatus.AVAILABLE));
        assertThat(statuses(charger, List.of(fault(2, FaultType.GHOST_CHARGER, FaultSeverity.ERROR))))
                .containsExactly(PublicStatus.AVAILABLE, PublicStatus.OUTOFORDER);
        assertThat(statuses(charger, List.of(fault(null, FaultType.BOOT_LOOP, FaultSeverity.CRITICAL))))
                .containsExactly(PublicStatus.OUTOFORDER, PublicStatus.OUTOFORDER);
        assertThat(statuses(charger, List.of(fault(1, FaultType.VENDOR_ERROR, FaultSeverity.WARNING))))
                .containsExactly(PublicStatus.AVAILABLE, PublicStatus.AVAILABLE);
    }

    @Test
    void ocpp16ConnectorZeroUnavailableTakesTheWholeChargerOutOfService() {
        Charger charger = charger(true, evse(0, ConnectorStatus.UNAVAILABLE), evse(1, ConnectorStatus.AVAILABLE));
        assertThat(statuses(charger, List.of())).containsExactly(PublicStatus.INOPERATIVE);
    }

    @Test
    void anEvseInUseOnOneConnectorIsChargingAndDescriptionsAreShown() {
        Charger charger = charger(true, new Charger.Evse(1, List.of(connector(1, ConnectorStatus.CHARGING),
                connector(2, ConnectorStatus.AVAILABLE))));
        Map<ConnectorKey, ConnectorDescription> described = Map.of(new ConnectorKey(1, 2),
                new ConnectorDescription(ConnectorType.IEC_62196_T2_COMBO, Power.ofWatts(150_000)));

        PublicEvse evse = PublicStatusRules.evses(charger, List.of(), described, id -> null).getFirst();

        assertThat(evse.status()).isEqualTo(PublicStatus.CHARGING);
        assertThat(evse.maxPower()).isEqualTo(Power.ofWatts(150_000));
        assertThat(evse.connectors().get(1).type()).isEqualTo(ConnectorType.IEC_62196_T2_COMBO);
    }

    @Test
    void aChargerDriversCannotFindShowsNothing() {
        Charger pending = new Charger(new ChargerIdentity("CP-P"), TenantId.DEFAULT, SiteId.random(), null,
                RegistrationStatus.PENDING, false, "ocpp1.6", null, null, true, T, T, T, T,
                List.of(evse(1, ConnectorStatus.AVAILABLE)));
        assertThat(PublicStatusRules.evses(pending, List.of(), NONE, id -> null)).isEmpty();
    }

    private static List<PublicStatus> statuses(Charger charger, List<Fault> faults) {
        return PublicStatusRules.evses(charger, faults, NONE, id -> null).stream().map(PublicEvse::status).toList();
    }

    private static Charger charger(boolean online, Charger.Evse... evses) {
        return new Charger(new ChargerIdentity("CP-1"), TenantId.DEFAULT, SiteId.random(), null,
                RegistrationStatus.ACCEPTED, false, "ocpp1.6", null, null, online, T, online ? T : null, T, T,
                List.of(evses));
    }

    private static Charger.Evse evse(int id, ConnectorStatus status) {
        return new Charger.Evse(id, List.of(connector(id == 0 ? 0 : 1, status)));
    }

    private static Charger.Connector connector(int id, ConnectorStatus status) {
        return new Charger.Connector(id, status, null, null, null, T);
    }

    private static Fault fault(Integer evse, FaultType type, FaultSeverity severity) {
        return new Fault(new FaultId(java.util.UUID.randomUUID()), new ChargerIdentity("CP-1"), evse, type, severity, null, null, Map.of(), T,
                null, null);
    }
}
