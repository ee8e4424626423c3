package io.busbar.availability;

import io.busbar.api.ApiClient;
import io.busbar.api.keys.ApiKeyIssuer;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.GeoPoint;
import io.busbar.chargers.RegisterCharger;
import io.busbar.chargers.Site;
import io.busbar.chargers.Sites;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.tariffs.AssignmentScope;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffAssignments;
import io.busbar.tariffs.TariffCatalog;
import io.busbar.tariffs.TariffElement;
import io.busbar.tenants.Brand;
import io.busbar.tenants.Scope;
import io.busbar.tenants.Tenant;
import io.busbar.tenants.Tenants;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 7 public availability over real sockets and PostgreSQL: what drivers see of simulated 1.6 and 2.0.1
 * chargers (status, plug type, power, price), that a tenant's feed and stream never show another tenant's chargers,
 * the {@code near} filter, and resuming the stream with Last-Event-ID.
 */
@BusbarTest
@TestPropertySource(properties = "busbar.availability.refresh-interval=1s")
class PublicAvailabilityFeedTest {
    private static final Duration CHANGE_LATENCY = Duration.ofSeconds(2);
    private static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    Sites sites;
    @Autowired
    ChargerRegistry registry;
    @Autowired
    ApiKeyIssuer keys;
    @Autowired
    TariffCatalog tariffs;
    @Autowired
    TariffAssignments assignments;

    final List<AutoCloseable> opened = new ArrayList<>();
    final ApiClient anonymous = ApiClient.anonymous(0);

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : opened.reversed()) {
            closeable.close();
        }
    }

    @Test
    void showsStatusPlugTypePowerAndPriceOfA16AndA201Charger() throws Exception {
        Tenant tenant = tenants.create("feed-content", "Feed content CPO", Brand.NONE);
        Site site = sites.create(tenant.id(), "Harbour car park", "Kade 12, Amsterdam", ZoneId.of("Europe/Amsterdam"),
                new GeoPoint(52.37712, 4.90123));
        register(tenant, site, "FEED-16");
        register(tenant, site, "FEED-201");
        tariffs.create(tenant.id(), Tariff.of("feed-ac", "EUR", TariffElement.of(PriceComponent.energy("0.39").withVat("19"))));
        assignments.assign(tenant.id(), new io.busbar.tariffs.TariffId("feed-ac"), AssignmentScope.SITE, site.id().toString(),
                Instant.parse("2020-01-01T00:00:00Z"), null);
        SimulatedChargePoint sixteen = booted("FEED-16", OcppVersion.V16);
        booted("FEED-201", OcppVersion.V201);
        ApiClient operator = ApiClient.withKey(port, keys.issue(tenant.id(), "ops", Set.of(Scope.ADMIN)).secret().value());

        // 1.6 reports no plug type: the operator states it; 2.0.1 reports it in its device model
        var stated = operator.put("/api/v1/chargers/FEED-16/evses/1/connectors/1", """
                {"connectorType": "IEC_62196_T2", "maxPowerW": 11000}""");
        assertThat(stated.status()).as(stated.body()).isEqualTo(200);
        assertThat(stated.json().get("connectorType").asString()).isEqualTo("IEC_62196_T2");
        var inventory = operator.post("/api/v1/chargers/FEED-201/inventory/refresh", "{}");
        assertThat(inventory.status()).as(inventory.body()).isEqualTo(202); // the report follows asynchronously

        JsonNode location = awaitLocation("feed-content", site, loc ->
                evse(loc, "FEED-201").path("maxPowerW").asLong() == 22080 && evse(loc, "FEED-16").has("maxPowerW"));
        assertThat(location.get("name").asString()).isEqualTo("Harbour car park");
        assertThat(location.at("/coordinates/latitude").asDouble()).isEqualTo(52.37712);
        assertThat(location.get("timeZone").asString()).isEqualTo("Europe/Amsterdam");
        JsonNode evse16 = evse(location, "FEED-16");
        assertThat(evse16.get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(evse16.get("uid").asString()).isEqualTo("FEED-16*1");
        assertThat(evse16.get("maxPowerW").asLong()).isEqualTo(11000);
        assertThat(evse16.get("connectorTypes").get(0).asString()).isEqualTo("IEC_62196_T2");
        assertThat(evse16.at("/price/currency").asString()).isEqualTo("EUR");
        assertThat(evse16.at("/price/text").asString()).isEqualTo("0.39 EUR/kWh + 19% VAT");
        JsonNode evse201 = evse(location, "FEED-201");
        assertThat(evse201.get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(evse201.at("/connectors/0/connectorType").asString()).isEqualTo("IEC_62196_T2"); // cType2
        assertThat(evse201.at("/price/tariffId").asString()).isEqualTo("feed-ac");

        sixteen.statusNotification(1, 1, "Charging").get(10, TimeUnit.SECONDS);
        awaitLocation("feed-content", site, CHANGE_LATENCY,
                loc -> evse(loc, "FEED-16").get("status").asString().equals("CHARGING"));

        // cache-friendly: the same revision answers 304, a change a new ETag
        HttpResponse<String> first = get("/api/v1/public/feed-content/locations", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        assertThat(get("/api/v1/public/feed-content/locations", etag).statusCode()).isEqualTo(304);
        sixteen.statusNotification(1, 1, "Available").get(10, TimeUnit.SECONDS);
        await().atMost(CHANGE_LATENCY).until(() -> get("/api/v1/public/feed-content/locations", etag).statusCode() == 200);
    }

    @Test
    void aTenantsFeedAndStreamNeverShowAnotherTenantsChargers() throws Exception {
        Tenant a = tenants.create("iso-a", "CPO A", Brand.NONE);
        Tenant b = tenants.create("iso-b", "CPO B", Brand.NONE);
        Site siteA = sites.create(a.id(), "A depot", null, ZoneId.of("UTC"), new GeoPoint(52.0, 5.0));
        Site siteB = sites.create(b.id(), "B depot", null, ZoneId.of("UTC"), new GeoPoint(52.0, 5.0));
        register(a, siteA, "ISO-A1");
        register(b, siteB, "ISO-B1");
        SimulatedChargePoint chargerA = booted("ISO-A1", OcppVersion.V16);
        SimulatedChargePoint chargerB = booted("ISO-B1", OcppVersion.V201);
        awaitLocation("iso-a", siteA, loc -> evse(loc, "ISO-A1").get("status").asString().equals("AVAILABLE"));
        awaitLocation("iso-b", siteB, loc -> evse(loc, "ISO-B1").get("status").asString().equals("AVAILABLE"));

        SseClient streamB = stream("iso-b", null);
        chargerA.statusNotification(1, 1, "Charging").get(10, TimeUnit.SECONDS);
        awaitLocation("iso-a", siteA, loc -> evse(loc, "ISO-A1").get("status").asString().equals("CHARGING"));
        chargerB.statusNotification(1, 1, "Occupied").get(10, TimeUnit.SECONDS);
        SseClient.Event own = streamB.next(event -> "evse".equals(event.name()), WAIT);

        assertThat(own.data().get("chargerId").asString()).isEqualTo("ISO-B1");
        assertThat(own.data().get("status").asString()).isEqualTo("CHARGING");
        assertThat(own.data().get("locationId").asString()).isEqualTo(siteB.id().toString());
        assertThat(streamB.drain()).allSatisfy(event -> assertThat(event.data().toString()).doesNotContain("ISO-A1"));
        String feedB = anonymous(port).get("/api/v1/public/iso-b/locations").body();
        assertThat(feedB).contains("ISO-B1").doesNotContain("ISO-A1").doesNotContain(siteA.id().toString());
        assertThat(anonymous(port).get("/api/v1/public/iso-a/locations").body()).doesNotContain("ISO-B1");
        // another tenant's location reads as missing; an unknown slug is a 404 problem
        var foreign = anonymous(port).get("/api/v1/public/iso-b/locations/" + siteA.id());
        assertThat(foreign.status()).isEqualTo(404);
        var unknown = anonymous(port).get("/api/v1/public/no-such-cpo/locations");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).endsWith("/tenant-not-found");
    }

    @Test
    void nearListsOnlyLocationsWithinTheRadiusNearestFirst() throws Exception {
        Tenant tenant = tenants.create("near-cpo", "Near CPO", Brand.NONE);
        GeoPoint dam = new GeoPoint(52.37310, 4.89220);
        Site amsterdam = sites.create(tenant.id(), "Amsterdam Dam", null, ZoneId.of("UTC"), dam);
        Site haarlem = sites.create(tenant.id(), "Haarlem", null, ZoneId.of("UTC"), new GeoPoint(52.38740, 4.64620));
        Site utrecht = sites.create(tenant.id(), "Utrecht", null, ZoneId.of("UTC"), new GeoPoint(52.09070, 5.12140));
        for (Site site : List.of(amsterdam, haarlem, utrecht)) {
            String identity = "NEAR-" + site.name().substring(0, 3).toUpperCase();
            register(tenant, site, identity);
            booted(identity, OcppVersion.V16);
        }
        await().atMost(WAIT).until(() -> anonymous(port).get("/api/v1/public/near-cpo/locations").json()
                .get("items").size() == 3);

        JsonNode near = anonymous(port).get("/api/v1/public/near-cpo/locations?near=52.3731,4.8922&radius=20000")
                .json().get("items");

        assertThat(near.valueStream().map(loc -> loc.get("name").asString())).containsExactly("Amsterdam Dam", "Haarlem");
        assertThat(near.get(0).get("distanceMetres").asLong()).isLessThan(10);
        assertThat(near.get(1).get("distanceMetres").asLong()).isBetween(16_000L, 18_000L); // 16.8 km by haversine
        var bad = anonymous(port).get("/api/v1/public/near-cpo/locations?near=95,4");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("near");
    }

    @Test
    void aReconnectingSubscriberGetsWhatItMissedOrASnapshotWhenTooOld() throws Exception {
        Tenant tenant = tenants.create("resume-cpo", "Resume CPO", Brand.NONE);
        Site site = sites.create(tenant.id(), "Resume site", null, ZoneId.of("UTC"), null);
        register(tenant, site, "RESUME-1");
        SimulatedChargePoint charger = booted("RESUME-1", OcppVersion.V16);
        awaitLocation("resume-cpo", site, loc -> evse(loc, "RESUME-1").get("status").asString().equals("AVAILABLE"));

        SseClient first = stream("resume-cpo", null);
        charger.statusNotification(1, 1, "Reserved").get(10, TimeUnit.SECONDS);
        SseClient.Event seen = first.next(event -> status(event, "RESERVED"), WAIT);
        first.close();
        charger.statusNotification(1, 1, "Charging").get(10, TimeUnit.SECONDS);
        awaitLocation("resume-cpo", site, loc -> evse(loc, "RESUME-1").get("status").asString().equals("CHARGING"));
        charger.statusNotification(1, 1, "Faulted").get(10, TimeUnit.SECONDS);
        awaitLocation("resume-cpo", site, loc -> evse(loc, "RESUME-1").get("status").asString().equals("OUTOFORDER"));

        SseClient resumed = stream("resume-cpo", seen.id());
        SseClient.Event missed1 = resumed.next(event -> "evse".equals(event.name()), WAIT);
        SseClient.Event missed2 = resumed.next(event -> "evse".equals(event.name()), WAIT);
        assertThat(missed1.data().get("status").asString()).isEqualTo("CHARGING");
        assertThat(missed2.data().get("status").asString()).isEqualTo("OUTOFORDER");
        assertThat(Long.parseLong(missed1.id())).isGreaterThan(Long.parseLong(seen.id()));
        assertThat(Long.parseLong(missed2.id())).isGreaterThan(Long.parseLong(missed1.id()));

        // an id from before this run (or evicted from the replay buffer) gets the whole picture instead
        SseClient stale = stream("resume-cpo", "1");
        SseClient.Event snapshot = stale.next(event -> true, WAIT);
        assertThat(snapshot.name()).isEqualTo("snapshot");
        assertThat(snapshot.data().at("/items/0/evses/0/status").asString()).isEqualTo("OUTOFORDER");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void register(Tenant tenant, Site site, String identity) {
        registry.register(tenant.id(), new RegisterCharger(new ChargerIdentity(identity), SimulatedChargers.PASSWORD,
                site.id(), null));
    }

    private SimulatedChargePoint booted(String identity, OcppVersion version) throws Exception {
        SimulatedChargePoint charger = SimulatedChargePoint.builder("ws://localhost:" + port + "/ocpp", identity, version)
                .password(SimulatedChargers.PASSWORD).connect();
        opened.add(charger);
        assertThat(charger.boot().get(10, TimeUnit.SECONDS).status()).isEqualTo("Accepted");
        charger.statusNotification(1, 1, "Available").get(10, TimeUnit.SECONDS);
        return charger;
    }

    private SseClient stream(String slug, String lastEventId) {
        SseClient client = SseClient.subscribed(port, slug, lastEventId);
        opened.add(client);
        return client;
    }

    private JsonNode awaitLocation(String slug, Site site, Predicate<JsonNode> done) {
        return awaitLocation(slug, site, WAIT, done);
    }

    private JsonNode awaitLocation(String slug, Site site, Duration atMost, Predicate<JsonNode> done) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(atMost).pollInterval(Duration.ofMillis(20)).until(() -> {
            var response = anonymous(port).get("/api/v1/public/" + slug + "/locations/" + site.id());
            return response.status() == 200 && done.test(last[0] = response.json());
        });
        return last[0];
    }

    private static JsonNode evse(JsonNode location, String charger) {
        return location.get("evses").valueStream().filter(evse -> evse.get("chargerId").asString().equals(charger))
                .findFirst().orElse(tools.jackson.databind.node.MissingNode.getInstance());
    }

    private static boolean status(SseClient.Event event, String status) {
        return "evse".equals(event.name()) && status.equals(event.data().get("status").asString());
    }

    private static ApiClient anonymous(int port) {
        return ApiClient.anonymous(port);
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
