package io.busbar.api;

import io.busbar.tenants.TenantId;

import io.busbar.authorization.IdToken;
import io.busbar.authorization.IdTokenType;
import io.busbar.authorization.TokenRecord;
import io.busbar.chargers.Site;
import io.busbar.chargers.SiteId;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@BusbarTest
class SitesAndIdTokensApiTest extends ApiTestSupport {
    static final Instant T0 = Instant.parse("2025-02-01T12:00:00Z");
    static final Instant EXPIRY = Instant.parse("2026-12-31T23:00:00Z");

    @Test
    void createsASiteInItsTimeZone() {
        when(sites.create(any(), any(), any(), any(), any())).thenAnswer(call ->
                new Site(SiteId.random(), call.getArgument(0), call.getArgument(1), call.getArgument(2),
                        call.getArgument(3), call.getArgument(4), T0));

        var response = api().post("/api/v1/sites", """
                {"name": "Harbour car park", "address": "Kade 12", "timeZone": "Europe/Amsterdam"}""");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode site = response.json();
        assertThat(response.header("Location")).isEqualTo("/api/v1/sites/" + site.get("id").asString());
        assertThat(site.get("timeZone").asString()).isEqualTo("Europe/Amsterdam");
        assertThat(site.get("createdAt").asString()).isEqualTo("2025-02-01T12:00:00Z");
        verify(sites).create(TenantId.DEFAULT, "Harbour car park", "Kade 12", ZoneId.of("Europe/Amsterdam"), null);
    }

    @Test
    void aSiteWithoutTimeZoneIsInUtc() {
        when(sites.create(any(), any(), any(), any(), any())).thenAnswer(call ->
                new Site(SiteId.random(), call.getArgument(0), call.getArgument(1), null, call.getArgument(3), null, T0));

        assertThat(api().post("/api/v1/sites", "{\"name\": \"Depot\"}").json().get("timeZone").asString()).isEqualTo("UTC");
        verify(sites).create(TenantId.DEFAULT, "Depot", null, ZoneId.of("UTC"), null);
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        var response = api().post("/api/v1/sites", "{\"name\": \"Depot\", \"timeZone\": \"Mars/Olympus\"}");

        assertProblem(response, 400, "validation-failed", "/api/v1/sites");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
        verify(sites, never()).create(any(), any(), any(), any(), any());
    }

    @Test
    void listsAndShowsSites() {
        Site site = new Site(SiteId.random(), TenantId.DEFAULT, "Depot", null, ZoneId.of("UTC"), null, T0);
        when(sites.list(TenantId.DEFAULT)).thenReturn(List.of(site));
        when(sites.find(site.id())).thenReturn(Optional.of(site));
        String unknown = "/api/v1/sites/" + UUID.randomUUID();
        when(sites.find(new SiteId(UUID.fromString(unknown.substring(14))))).thenReturn(Optional.empty());

        assertThat(api().get("/api/v1/sites").json().get("items").get(0).get("name").asString()).isEqualTo("Depot");
        assertThat(api().get("/api/v1/sites/" + site.id()).json().get("id").asString()).isEqualTo(site.id().toString());
        assertProblem(api().get(unknown), 404, "site-not-found", unknown);
    }

    @Test
    void registersATokenAndShowsItsValueToOperators() {
        when(idTokens.find("04A2B3C4D5E6F7")).thenReturn(Optional.empty());
        when(idTokens.create(any(), any(), any(), anyBoolean(), any(), any())).thenAnswer(call -> new TokenRecord(
                call.getArgument(1), call.getArgument(2), call.getArgument(3), call.getArgument(4), call.getArgument(5), T0,
                call.getArgument(0)));

        var response = api().post("/api/v1/id-tokens", """
                {"value": "04A2B3C4D5E6F7", "type": "ISO15693", "label": "Fleet card 17",
                 "expiresAt": "2026-12-31T23:00:00Z", "groupId": "FLEET-ACME"}""");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo("/api/v1/id-tokens/04A2B3C4D5E6F7");
        JsonNode token = response.json();
        assertThat(token.get("value").asString()).isEqualTo("04A2B3C4D5E6F7");
        assertThat(token.get("type").asString()).isEqualTo("ISO15693");
        assertThat(token.get("blocked").asBoolean()).isFalse();
        verify(idTokens).create(TenantId.DEFAULT, new IdToken("04A2B3C4D5E6F7", IdTokenType.ISO15693), "Fleet card 17", false, EXPIRY,
                "FLEET-ACME");
    }

    @Test
    void registeringAnExistingTokenIs409() {
        when(idTokens.find("AA11BB22")).thenReturn(Optional.of(aToken("AA11BB22")));

        var response = api().post("/api/v1/id-tokens", "{\"value\": \"AA11BB22\"}");

        assertProblem(response, 409, "id-token-already-exists", "/api/v1/id-tokens");
        assertThat(response.json().get("detail").asString()).doesNotContain("AA11BB22");
        verify(idTokens, never()).create(any(), any(), any(), anyBoolean(), any(), any());
    }

    @Test
    void aTokenLongerThanOcppAllowsIsRefused() {
        assertProblem(api().post("/api/v1/id-tokens", "{\"value\": \"%s\"}".formatted("A".repeat(37))),
                400, "validation-failed", "/api/v1/id-tokens");
    }

    @Test
    void pagesThroughTokens() {
        when(idTokens.list(TenantId.DEFAULT, null, 2)).thenReturn(List.of(aToken("A1"), aToken("B2")));

        JsonNode page = api().get("/api/v1/id-tokens?limit=1").json();

        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("next").asString()).isEqualTo("A1");
    }

    @Test
    void showsATokenOr404() {
        when(idTokens.find("A1")).thenReturn(Optional.of(aToken("A1")));
        when(idTokens.find("ZZ99ZZ99")).thenReturn(Optional.empty());

        assertThat(api().get("/api/v1/id-tokens/A1").json().get("label").asString()).isEqualTo("card A1");
        var missing = api().get("/api/v1/id-tokens/ZZ99ZZ99");
        assertProblem(missing, 404, "id-token-not-found", "/api/v1/id-tokens/ZZ99ZZ99");
        assertThat(missing.json().get("detail").asString()).contains("Z99").doesNotContain("ZZ99ZZ99");
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndNullClearsTheExpiry() {
        when(idTokens.find("A1")).thenReturn(Optional.of(aToken("A1")));
        when(idTokens.update(any(), any(), any(), any(), anyBoolean(), any())).thenReturn(aToken("A1"));

        assertThat(api().patch("/api/v1/id-tokens/A1", "{\"blocked\": true, \"expiresAt\": null}").status()).isEqualTo(200);
        verify(idTokens).update(eq("A1"), isNull(), eq(true), isNull(), eq(true), isNull());

        assertThat(api().patch("/api/v1/id-tokens/A1", "{\"label\": \"renamed\"}").status()).isEqualTo(200);
        verify(idTokens).update(eq("A1"), eq("renamed"), isNull(), isNull(), eq(false), isNull());

        assertThat(api().patch("/api/v1/id-tokens/A1", "{\"expiresAt\": \"2026-12-31T23:00:00Z\"}").status()).isEqualTo(200);
        verify(idTokens).update(eq("A1"), isNull(), isNull(), eq(EXPIRY), eq(false), isNull());
    }

    @Test
    void patchingAnUnknownTokenIs404() {
        when(idTokens.find("NOPE1234")).thenReturn(Optional.empty());

        assertProblem(api().patch("/api/v1/id-tokens/NOPE1234", "{\"blocked\": true}"), 404, "id-token-not-found",
                "/api/v1/id-tokens/NOPE1234");
        verify(idTokens, never()).update(any(), any(), any(), any(), anyBoolean(), any());
    }

    static TokenRecord aToken(String value) {
        return new TokenRecord(IdToken.of(value), "card " + value, false, null, null, T0, TenantId.DEFAULT);
    }
}
