package io.busbar.chargers;

import io.busbar.chargers.ChargerRegistry.ChargerFilter;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BusbarTest
class ChargerRegistryTest {
    private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");

    @Autowired
    ChargerRegistry registry;
    @Autowired
    Sites sites;
    @Autowired
    ChargerBoots boots;
    @Autowired
    ChargerPresence presence;
    @Autowired
    ConnectorStatuses statuses;

    @Test
    void registeredChargerIsAcceptedOnItsSiteWithoutShowingItsPassword() {
        Site depot = sites.create("Depot North", "1 Dock Road", ZoneId.of("Europe/Amsterdam"));

        Charger charger = registry.register(new RegisterCharger(new ChargerIdentity("REG-1"), "depot-password-0123",
                depot.id(), "Bay 1"));

        assertThat(charger.registration()).isEqualTo(RegistrationStatus.ACCEPTED);
        assertThat(charger.siteId()).isEqualTo(depot.id());
        assertThat(charger.label()).isEqualTo("Bay 1");
        assertThat(charger.hasPassword()).isTrue();
        assertThat(charger.online()).isFalse();
        assertThat(charger.evses()).isEmpty();
        assertThat(charger.toString()).doesNotContain("depot-password-0123");
    }

    @Test
    void identityCanBeRegisteredOnce() {
        registry.register(new RegisterCharger(new ChargerIdentity("REG-TWICE"), null, null, null));

        assertThatThrownBy(() -> registry.register(new RegisterCharger(new ChargerIdentity("REG-TWICE"), null, null, null)))
                .isInstanceOf(ChargerAlreadyRegisteredException.class);
    }

    @Test
    void badRegistrationsAreRefusedWithAClearError() {
        assertThatThrownBy(() -> registry.register(new RegisterCharger(new ChargerIdentity("REG-NO-SITE"), null,
                SiteId.random(), null))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No site");
        assertThatThrownBy(() -> registry.register(new RegisterCharger(new ChargerIdentity("REG-BLANK"), "  ",
                null, null))).isInstanceOf(IllegalArgumentException.class);
        assertThat(registry.find(new ChargerIdentity("REG-NO-SITE"))).isEmpty();
        assertThat(registry.find(new ChargerIdentity("REG-BLANK"))).isEmpty();
    }

    @Test
    void operatorsCannotApproveRejectOrChangeThePasswordOfChargersThatDoNotExist() {
        ChargerIdentity nobody = new ChargerIdentity("REG-NOBODY");

        assertThatThrownBy(() -> registry.approve(nobody)).isInstanceOf(ChargerNotFoundException.class);
        assertThatThrownBy(() -> registry.reject(nobody)).isInstanceOf(ChargerNotFoundException.class);
        assertThatThrownBy(() -> registry.changePassword(nobody, "x-password-0123"))
                .isInstanceOf(ChargerNotFoundException.class);
    }

    @Test
    void findShowsBootDescriptionPresenceAndConnectors() {
        ChargerIdentity identity = new ChargerIdentity("FIND-1");
        ChargerDescription description = new ChargerDescription("Alfen", "Eve Double", "ACE001", "6.2.0",
                "8931000000000000001", "204080000000001", "ABB B23", "MTR-9");
        boots.boot(identity, description, "ocpp1.6", T0);
        presence.connected(identity, "ocpp1.6", "203.0.113.5", T0.plusSeconds(1));
        statuses.report(new ConnectorStatusReport(identity, 1, 1, ConnectorStatus.CHARGING, "NoError", null, null,
                null, T0.plusSeconds(2)));
        statuses.report(new ConnectorStatusReport(identity, 2, 1, ConnectorStatus.AVAILABLE, "NoError", null, null,
                null, T0.plusSeconds(2)));

        Charger charger = registry.find(identity).orElseThrow();

        assertThat(charger.description()).isEqualTo(description);
        assertThat(charger.protocol()).isEqualTo("ocpp1.6");
        assertThat(charger.lastBootAt()).isEqualTo(T0);
        assertThat(charger.online()).isTrue();
        assertThat(charger.createdAt()).isNotNull();
        assertThat(charger.evses()).containsExactly(
                new Charger.Evse(1, List.of(new Charger.Connector(1, ConnectorStatus.CHARGING, "NoError", null, null,
                        T0.plusSeconds(2)))),
                new Charger.Evse(2, List.of(new Charger.Connector(1, ConnectorStatus.AVAILABLE, "NoError", null, null,
                        T0.plusSeconds(2)))));
    }

    @Test
    void listFiltersBySiteRegistrationAndPresenceAndPagesByIdentity() {
        Site west = sites.create("West", null, ZoneId.of("Europe/Berlin"));
        Site east = sites.create("East", null, ZoneId.of("Europe/Berlin"));
        for (String value : List.of("LIST-W3", "LIST-W1", "LIST-W2", "LIST-W4")) {
            registry.register(new RegisterCharger(new ChargerIdentity(value), null, west.id(), null));
        }
        registry.register(new RegisterCharger(new ChargerIdentity("LIST-E1"), null, east.id(), null));
        registry.reject(new ChargerIdentity("LIST-W4"));
        presence.connected(new ChargerIdentity("LIST-W2"), "ocpp1.6", "203.0.113.9", T0);

        ChargerFilter westOnly = new ChargerFilter(west.id(), null, null);
        List<Charger> firstPage = registry.list(westOnly, null, 2);
        List<Charger> secondPage = registry.list(westOnly, firstPage.getLast().identity().value(), 2);
        List<Charger> lastPage = registry.list(westOnly, secondPage.getLast().identity().value(), 2);

        assertThat(identities(firstPage)).containsExactly("LIST-W1", "LIST-W2");
        assertThat(identities(secondPage)).containsExactly("LIST-W3", "LIST-W4");
        assertThat(lastPage).isEmpty();
        assertThat(identities(registry.list(new ChargerFilter(west.id(), RegistrationStatus.ACCEPTED, null), null, 10)))
                .containsExactly("LIST-W1", "LIST-W2", "LIST-W3");
        assertThat(identities(registry.list(new ChargerFilter(west.id(), null, true), null, 10)))
                .containsExactly("LIST-W2");
        assertThat(identities(registry.list(new ChargerFilter(null, RegistrationStatus.REJECTED, null), null, 10)))
                .containsExactly("LIST-W4");
        assertThat(identities(registry.list(ChargerFilter.ALL, "LIST-E", 10))).startsWith("LIST-E1", "LIST-W1");
    }

    @Test
    void listCarriesEachChargersOwnConnectors() {
        Site site = sites.create("Connectors", null, ZoneId.of("UTC"));
        for (String value : List.of("CONN-A", "CONN-B")) {
            ChargerIdentity identity = new ChargerIdentity(value);
            registry.register(new RegisterCharger(identity, null, site.id(), null));
        }
        statuses.report(new ConnectorStatusReport(new ChargerIdentity("CONN-B"), 3, 1, ConnectorStatus.FAULTED,
                "OtherError", null, "E42", null, T0));

        List<Charger> listed = registry.list(new ChargerFilter(site.id(), null, null), null, 10);

        assertThat(listed.get(0).evses()).isEmpty();
        assertThat(listed.get(1).evses()).singleElement().extracting(Charger.Evse::evseId).isEqualTo(3);
    }

    @Test
    void pageSizeOutsideTheAllowedRangeIsRefused() {
        assertThatThrownBy(() -> registry.list(ChargerFilter.ALL, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.list(ChargerFilter.ALL, null, 1001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sitesAreFoundAndListedByName() {
        Site zulu = sites.create("Zulu Yard", "9 Z Street", ZoneId.of("America/New_York"));
        sites.create("Alpha Yard", null, ZoneId.of("UTC"));

        assertThat(sites.find(zulu.id())).contains(zulu);
        assertThat(sites.find(SiteId.random())).isEmpty();
        assertThat(sites.list()).extracting(Site::name).containsSubsequence("Alpha Yard", "Zulu Yard");
        assertThatThrownBy(() -> sites.create(" ", null, ZoneId.of("UTC"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> identities(List<Charger> chargers) {
        return chargers.stream().map(charger -> charger.identity().value()).toList();
    }
}
