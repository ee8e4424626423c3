package io.busbar.api.accounts;

import io.busbar.api.ApiClient;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@BusbarTest
class AccountApiTest {
    @LocalServerPort
    int port;

    @Test
    void anAccountIsOpenedAndItsTokensChargeOnItAndOnNoOtherAccount() {
        ApiClient api = ApiClient.admin(port);
        assertThat(api.post("/api/v1/id-tokens", """
                {"value": "04A2B3C4D5E6F7", "type": "ISO14443"}""").status()).isEqualTo(201);
        var opened = api.post("/api/v1/accounts", """
                {"name": "Fleet Logistics BV", "email": "billing@fleet.example", "kind": "POSTPAID", "currency": "EUR"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        assertThat(opened.header("Location")).endsWith("/api/v1/accounts/" + id);

        assertThat(api.put("/api/v1/accounts/" + id + "/tokens/04A2B3C4D5E6F7", null).status()).isEqualTo(204);
        assertThat(api.put("/api/v1/accounts/" + id + "/tokens/04A2B3C4D5E6F7", null).status()).as("idempotent")
                .isEqualTo(204);
        JsonNode account = api.get("/api/v1/accounts/" + id).json();
        assertThat(account.get("kind").asString()).isEqualTo("POSTPAID");
        assertThat(account.get("tokens").get(0).asString()).isEqualTo("********E6F7");

        String other = api.post("/api/v1/accounts", """
                {"name": "Jane Driver", "kind": "PREPAID", "currency": "EUR"}""").json().get("id").asString();
        var taken = api.put("/api/v1/accounts/" + other + "/tokens/04A2B3C4D5E6F7", null);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("type").asString()).endsWith("/conflict");
        var unknown = api.put("/api/v1/accounts/" + other + "/tokens/NOT-REGISTERED", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).endsWith("/id-token-not-found");

        assertThat(api.delete("/api/v1/accounts/" + id + "/tokens/04A2B3C4D5E6F7").status()).isEqualTo(204);
        assertThat(api.put("/api/v1/accounts/" + other + "/tokens/04A2B3C4D5E6F7", null).status())
                .as("free again once unlinked").isEqualTo(204);
        assertThat(api.get("/api/v1/accounts?limit=1").json().get("items").size()).isEqualTo(1);
        assertThat(api.get("/api/v1/accounts?limit=1").json().get("next").asString()).isEqualTo(id);
    }

    @Test
    void badInputIsAProblemWithTheField() {
        ApiClient api = ApiClient.admin(port);
        var bad = api.post("/api/v1/accounts", """
                {"name": "", "kind": "PREPAID", "currency": "euro"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("name").contains("currency");
        assertThat(api.get("/api/v1/accounts/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/accounts/not-a-uuid").status()).isEqualTo(400);
    }
}
