package io.busbar.demo;

import io.busbar.authorization.IdTokens;
import io.busbar.authorization.TokenRecord;
import io.busbar.chargers.Admission;
import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerAccess;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.ChargerRegistry.ChargerFilter;
import io.busbar.chargers.RegistrationStatus;
import io.busbar.chargers.Site;
import io.busbar.chargers.Sites;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.noop.NoOpOcppServer;
import io.busbar.smartcharging.SiteTopologies;
import io.busbar.tariffs.AssignmentScope;
import io.busbar.tariffs.TariffAssignments;
import io.busbar.tariffs.TariffCatalog;
import io.busbar.tariffs.TariffId;
import io.busbar.tenants.TenantId;
import io.busbar.smartcharging.TopologyDocument;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Demo setup on real PostgreSQL; the fleet itself is off, so the tests call it directly. */
@BusbarTest
@TestPropertySource(properties = {"busbar.demo.enabled=false", "busbar.demo.chargers=4", "busbar.demo.speed=3600",
        "busbar.demo.session-minutes=10"})
class DemoFleetTest {
    private static final List<String> IDENTITIES = List.of("DEMO-16-01", "DEMO-201-01", "DEMO-16-02", "DEMO-201-02");

    @Autowired
    SiteTopologies topologies;
    @Autowired
    TariffCatalog tariffs;
    @Autowired
    TariffAssignments assignments;
    @Autowired
    DemoDepot depot;
    @Autowired
    DemoFleet fleet;
    @Autowired
    Sites sites;
    @Autowired
    ChargerRegistry registry;
    @Autowired
    ChargerAccess access;
    @Autowired
    IdTokens tokens;

    @Test
    void namesAlternateVersionsAndEveryChargerHasItsOwnCard() {
        assertThat(IntStream.range(0, 5).mapToObj(DemoDepot::identityOf))
                .containsExactly("DEMO-16-01", "DEMO-201-01", "DEMO-16-02", "DEMO-201-02", "DEMO-16-03");
        assertThat(IntStream.range(0, 4).mapToObj(DemoDepot::versionOf))
                .containsExactly(OcppVersion.V16, OcppVersion.V201, OcppVersion.V16, OcppVersion.V201);
        assertThat(DemoDepot.cardOf(0)).isEqualTo("DEMO-CARD-0001");
        assertThat(DemoDepot.cardOf(11)).isEqualTo("DEMO-CARD-0012");
    }

    @Test
    void setupCreatesTheDepotItsChargersAndCardsOnceAndRenewsPasswords() {
        List<DemoCharger> first = depot.provision(4);
        List<DemoCharger> second = depot.provision(4);

        assertThat(sites.list()).filteredOn(site -> site.name().equals("Demo depot")).hasSize(1);
        assertThat(sites.list()).filteredOn(site -> site.name().equals("Demo office park")).hasSize(1);
        Site depotSite = sites.list().stream().filter(site -> site.name().equals("Demo depot")).findFirst().orElseThrow();
        Site officePark = sites.list().stream().filter(site -> site.name().equals("Demo office park")).findFirst().orElseThrow();
        assertThat(depotSite.location()).as("on the console's map").isNotNull();
        assertThat(officePark.location()).isNotNull();
        // The first half of the fleet at the depot, the rest at the office park, each site under a grid limit.
        assertThat(registry.list(new ChargerFilter(depotSite.id(), null, null), null, 100))
                .extracting(charger -> charger.identity().value()).containsExactlyInAnyOrder("DEMO-16-01", "DEMO-201-01");
        assertThat(registry.list(new ChargerFilter(officePark.id(), null, null), null, 100))
                .extracting(charger -> charger.identity().value()).containsExactlyInAnyOrder("DEMO-16-02", "DEMO-201-02");
        assertThat(topologies.find(depotSite.id())).get().satisfies(topology ->
                assertThat(topology.document().evses()).extracting(TopologyDocument.EvseNode::charger)
                        .containsExactlyInAnyOrder("DEMO-16-01", "DEMO-201-01"));
        assertThat(tariffs.latest(new TariffId(DemoDepot.TARIFF_ID))).as("the demo prices its sessions").isPresent();
        assertThat(assignments.list(TenantId.DEFAULT, new TariffId(DemoDepot.TARIFF_ID), AssignmentScope.SITE, null))
                .as("one assignment per site, also after a second setup").hasSize(2);
        List<Charger> registered = IDENTITIES.stream().map(id -> registry.find(new ChargerIdentity(id)).orElseThrow()).toList();
        assertThat(registered).allSatisfy(charger -> {
            assertThat(charger.registration()).isEqualTo(RegistrationStatus.ACCEPTED);
            assertThat(charger.hasPassword()).isTrue();
        });
        assertThat(IntStream.rangeClosed(1, 4).mapToObj(n -> "DEMO-CARD-000" + n).map(tokens::find))
                .allSatisfy(token -> assertThat(token).get().extracting(TokenRecord::blocked).isEqualTo(false));

        assertThat(second).extracting(DemoCharger::identity).containsExactlyElementsOf(IDENTITIES);
        assertThat(second).extracting(DemoCharger::card)
                .containsExactly("DEMO-CARD-0001", "DEMO-CARD-0002", "DEMO-CARD-0003", "DEMO-CARD-0004");
        for (int i = 0; i < 4; i++) {
            ChargerIdentity identity = new ChargerIdentity(IDENTITIES.get(i));
            assertThat(second.get(i).password()).hasSize(24).isNotEqualTo(first.get(i).password());
            assertThat(access.admit(identity, second.get(i).password())).isEqualTo(Admission.ACCEPT);
            assertThat(access.admit(identity, first.get(i).password())).isEqualTo(Admission.UNAUTHORIZED);
        }
        assertThat(second.toString()).doesNotContain(second.getFirst().password());
    }

    @Test
    void aDisabledDemoStartsNothing() {
        assertThat(fleet.connectedChargers()).isZero();
        assertThat(fleet.activeSessions()).isZero();
        assertThat(fleet.completedSessions()).isZero();
    }

    @Test
    void launchedFleetChargesAgainstAnOcppServerAndStopsCleanly() throws IOException {
        try (NoOpOcppServer server = NoOpOcppServer.start(0, false)) {
            fleet.launch(server.url());
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> fleet.completedSessions() >= 4);
                assertThat(fleet.connectedChargers()).isEqualTo(4);
            } finally {
                assertThat(fleet.halt()).isTrue();
            }
            assertThat(fleet.connectedChargers()).isZero();
            await().atMost(Duration.ofSeconds(5)).until(() -> server.connectedCount() == 0);
        }
    }
}
