package io.busbar.api.tenancy;

import io.busbar.api.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Sites, chargers and API keys. */
final class CoreFixture implements TenantFixture {
    @Override
    public void seed(CrossTenantSeed seed) {
        String site = seed.create("/api/v1/sites", """
                {"name": "A-site-hidden", "timeZone": "Europe/Amsterdam",
                 "location": {"latitude": 52.37, "longitude": 4.89}}""", "id");
        seed.id("sites/{id}", site);
        seed.markers.add("A-site-hidden");
        seed.create("/api/v1/chargers", """
                {"identity": "A-CP-1", "siteId": "%s", "label": "A-label-hidden"}""".formatted(site), "identity");
        seed.id("chargers/{identity}", "A-CP-1");
        seed.markers.add("A-label-hidden");
        seed.id("api-keys/{id}", seed.create("/api/v1/api-keys", """
                {"name": "A-key-hidden", "scopes": ["sessions:read"]}""", "id"));
        seed.markers.add("A-key-hidden");
        ApiClient.Response driver = ApiClient.anonymous(seed.port).post("/api/v1/driver/tenant-a/signup", """
                {"email": "a-driver-hidden@example.com", "name": "A driver", "password": "a long passphrase"}""");
        assertThat(driver.status()).as(driver.body()).isEqualTo(201);
        seed.id("drivers/{id}", driver.json().at("/driver/id").asString());
        seed.markers.add("a-driver-hidden@example.com");
        seed.id("users/{id}", seed.create("/api/v1/users", """
                {"email": "a-user-hidden@example.com", "name": "A operator", "role": "OPERATOR",
                 "password": "a long passphrase"}""", "id"));
        seed.markers.add("a-user-hidden@example.com");
        ApiClient.Response hook = seed.a.post("/api/v1/webhooks", """
                {"url": "http://127.0.0.1:9/a-hook-hidden", "eventTypes": ["charger.online"]}""");
        assertThat(hook.status()).as(hook.body()).isEqualTo(201);
        String hookId = hook.json().get("id").asString();
        seed.id("webhooks/{id}", hookId);
        seed.markers.add("a-hook-hidden");
        ApiClient.Response ping = seed.a.post("/api/v1/webhooks/" + hookId + "/test", null);
        assertThat(ping.status()).as(ping.body()).isEqualTo(202);
        seed.id("webhook-deliveries/{id}", ping.json().get("id").asString());
        // B registers a charger on A's site: refused as if the site did not exist.
        seed.request("POST /api/v1/chargers", """
                {"identity": "B-CP-on-A-site", "siteId": "%s"}""".formatted(site));
    }
}
