package io.busbar.api;

import io.busbar.tenants.TenantId;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerDescription;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotification;
import io.busbar.chargers.ChargerPresence;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.RegisterCharger;
import io.busbar.chargers.RegistrationStatus;
import io.busbar.chargers.Site;
import io.busbar.chargers.SiteId;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@BusbarTest
class ChargersApiTest extends ApiTestSupport {
    static final Instant T0 = Instant.parse("2025-03-01T09:30:00Z");
    static final SiteId SITE = new SiteId(UUID.fromString("5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44"));

    @Test
    void registersAChargerAndReturnsItWithItsLocation() {
        when(sites.find(SITE)).thenReturn(Optional.of(new Site(SITE, TenantId.DEFAULT, "Harbour", null, ZoneOffset.UTC, null, T0)));
        when(chargers.register(any(), any())).thenAnswer(call -> {
            RegisterCharger command = call.getArgument(1);
            return aCharger(command.identity().value(), RegistrationStatus.ACCEPTED);
        });

        var response = api().post("/api/v1/chargers", """
                {"identity": "CP-0042", "password": "s3cret-basic-auth-pw", "siteId": "%s", "label": "Bay 4"}"""
                .formatted(SITE));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo("/api/v1/chargers/CP-0042");
        assertThat(response.json().get("identity").asString()).isEqualTo("CP-0042");
        assertThat(response.body()).doesNotContain("s3cret");
        var command = ArgumentCaptor.forClass(RegisterCharger.class);
        verify(chargers).register(eq(TenantId.DEFAULT), command.capture());
        assertThat(command.getValue()).isEqualTo(new RegisterCharger(new ChargerIdentity("CP-0042"),
                "s3cret-basic-auth-pw", SITE, "Bay 4"));
    }

    @Test
    void registeringOnAnUnknownSiteIs400AndRegistersNothing() {
        UUID unknown = UUID.randomUUID();
        when(sites.find(new SiteId(unknown))).thenReturn(Optional.empty());

        var response = api().post("/api/v1/chargers", "{\"identity\": \"CP-7\", \"siteId\": \"%s\"}".formatted(unknown));

        assertProblem(response, 400, "validation-failed", "/api/v1/chargers");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("siteId");
        verify(chargers, never()).register(any(), any());
    }

    @Test
    void anIdentityWithASlashOrColonIsRefused() {
        var response = api().post("/api/v1/chargers", "{\"identity\": \"CP:1\"}");

        assertProblem(response, 400, "validation-failed", "/api/v1/chargers");
        verify(chargers, never()).register(any(), any());
    }

    @Test
    void showsAChargerWithItsEvsesAndConnectors() {
        when(chargers.find(new ChargerIdentity("CP-0042"))).thenReturn(Optional.of(aCharger("CP-0042", RegistrationStatus.ACCEPTED)));

        JsonNode charger = api().get("/api/v1/chargers/CP-0042").json();

        assertThat(charger.get("registration").asString()).isEqualTo("ACCEPTED");
        assertThat(charger.get("online").asBoolean()).isTrue();
        assertThat(charger.get("lastSeen").asString()).isEqualTo("2025-03-01T09:30:00Z");
        assertThat(charger.get("protocol").asString()).isEqualTo("ocpp2.0.1");
        assertThat(charger.get("vendor").asString()).isEqualTo("Acme");
        assertThat(charger.get("serialNumber").asString()).isEqualTo("SN-1");
        assertThat(charger.get("firmwareVersion").asString()).isEqualTo("1.4.2");
        assertThat(charger.get("firmwareStatus").asString()).isEqualTo("Installed");
        assertThat(charger.get("hasPassword").asBoolean()).isTrue();
        JsonNode connector = charger.get("evses").get(0).get("connectors").get(0);
        assertThat(charger.get("evses").get(0).get("evseId").asInt()).isEqualTo(1);
        assertThat(connector.get("status").asString()).isEqualTo("CHARGING");
        assertThat(connector.get("statusAt").asString()).isEqualTo("2025-03-01T09:00:00Z");
    }

    @Test
    void listsWithFiltersAndAnOpaqueCursor() {
        List<Charger> page = IntStream.rangeClosed(1, 3).mapToObj(i -> aCharger("CP-" + i, RegistrationStatus.PENDING)).toList();
        var filter = new ChargerRegistry.ChargerFilter(TenantId.DEFAULT, SITE, RegistrationStatus.PENDING, true);
        when(chargers.list(filter, null, 3)).thenReturn(page);
        when(chargers.list(filter, "CP-2", 3)).thenReturn(page.subList(2, 3));

        String query = "/api/v1/chargers?siteId=" + SITE + "&registration=PENDING&online=true&limit=2";
        JsonNode first = api().get(query).json();
        JsonNode second = api().get(query + "&after=" + first.get("next").asString()).json();

        assertThat(first.get("items").valueStream().map(item -> item.get("identity").asString())).containsExactly("CP-1", "CP-2");
        assertThat(first.get("next").asString()).isEqualTo("CP-2");
        assertThat(second.get("items").valueStream().map(item -> item.get("identity").asString())).containsExactly("CP-3");
        assertThat(second.get("next").isNull()).as("null on the last page").isTrue();
    }

    @Test
    void listsFiftyByDefault() {
        when(chargers.list(ChargerRegistry.ChargerFilter.ALL.ofTenant(TenantId.DEFAULT), null, 51)).thenReturn(List.of());

        JsonNode page = api().get("/api/v1/chargers").json();

        assertThat(page.get("items").size()).isZero();
        assertThat(page.has("next")).isTrue();
    }

    @Test
    void approvesAndRejects() {
        when(chargers.approve(new ChargerIdentity("CP-9"))).thenReturn(aCharger("CP-9", RegistrationStatus.ACCEPTED));
        when(chargers.reject(new ChargerIdentity("CP-9"))).thenReturn(aCharger("CP-9", RegistrationStatus.REJECTED));

        assertThat(api().post("/api/v1/chargers/CP-9/approve", null).json().get("registration").asString()).isEqualTo("ACCEPTED");
        assertThat(api().post("/api/v1/chargers/CP-9/reject", null).json().get("registration").asString()).isEqualTo("REJECTED");
    }

    @Test
    void changesThePassword() {
        var response = api().put("/api/v1/chargers/CP-9/password", "{\"password\": \"0123456789abcdefXYZ\"}");

        assertThat(response.status()).isEqualTo(204);
        verify(chargers).changePassword(new ChargerIdentity("CP-9"), "0123456789abcdefXYZ");
    }

    @Test
    void aPasswordOutside16To40CharactersIsRefused() {
        assertProblem(api().put("/api/v1/chargers/CP-9/password", "{\"password\": \"fifteen-chars-x\"}"),
                400, "validation-failed", "/api/v1/chargers/CP-9/password");
        assertProblem(api().put("/api/v1/chargers/CP-9/password", "{\"password\": \"%s\"}".formatted("x".repeat(41))),
                400, "validation-failed", "/api/v1/chargers/CP-9/password");
        verify(chargers, never()).changePassword(any(), any());
    }

    @Test
    void showsPresenceHistory() {
        var identity = new ChargerIdentity("CP-0042");
        when(chargers.find(identity)).thenReturn(Optional.of(aCharger("CP-0042", RegistrationStatus.ACCEPTED)));
        when(presence.history(identity, 10)).thenReturn(List.of(
                new ChargerPresence.PresenceEvent(identity, false, "link dead", T0),
                new ChargerPresence.PresenceEvent(identity, true, "connected", T0.minusSeconds(3600))));

        JsonNode items = api().get("/api/v1/chargers/CP-0042/presence?limit=10").json().get("items");

        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).get("online").asBoolean()).isFalse();
        assertThat(items.get(0).get("detail").asString()).isEqualTo("link dead");
        assertThat(items.get(0).get("at").asString()).isEqualTo("2025-03-01T09:30:00Z");
    }

    @Test
    void showsNotificationsOfOneType() {
        var identity = new ChargerIdentity("CP-0042");
        when(chargers.find(identity)).thenReturn(Optional.of(aCharger("CP-0042", RegistrationStatus.ACCEPTED)));
        when(notifications.recent(eq(identity), eq(ChargerNotification.Type.FIRMWARE_STATUS), anyInt())).thenReturn(List.of(
                new ChargerNotification(identity, ChargerNotification.Type.FIRMWARE_STATUS, T0,
                        Map.of("status", "Installed", "requestId", 7))));

        JsonNode item = api().get("/api/v1/chargers/CP-0042/notifications?type=FIRMWARE_STATUS").json().get("items").get(0);

        assertThat(item.get("type").asString()).isEqualTo("FIRMWARE_STATUS");
        assertThat(item.get("details").get("status").asString()).isEqualTo("Installed");
        assertThat(item.get("details").get("requestId").asInt()).isEqualTo(7);
    }

    @Test
    void historyOfAnUnknownChargerIs404() {
        when(chargers.find(any())).thenReturn(Optional.empty());

        assertProblem(api().get("/api/v1/chargers/CP-X/presence"), 404, "charger-not-found", "/api/v1/chargers/CP-X/presence");
        verify(presence, never()).history(any(), anyInt());
        verify(notifications, never()).recent(any(), isNull(), anyInt());
    }

    static Charger aCharger(String identity, RegistrationStatus registration) {
        var connector = new Charger.Connector(1, ConnectorStatus.CHARGING, "NoError", null, null,
                Instant.parse("2025-03-01T09:00:00Z"));
        return new Charger(new ChargerIdentity(identity), TenantId.DEFAULT, SITE, "Bay 4", registration, true, "ocpp2.0.1",
                new ChargerDescription("Acme", "AC22", "SN-1", "1.4.2", null, null, null, null), "Installed",
                true, T0, T0.minusSeconds(3600), T0.minusSeconds(3599), T0.minusSeconds(86400),
                List.of(new Charger.Evse(1, List.of(connector))));
    }
}
