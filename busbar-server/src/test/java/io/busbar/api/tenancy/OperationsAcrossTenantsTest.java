package io.busbar.api.tenancy;

import io.busbar.api.ApiClient;
import io.busbar.api.keys.ApiKeyIssuer;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.RegisterCharger;
import io.busbar.devicemodel.ConfigurationTemplates;
import io.busbar.diagnostics.FirmwareImage;
import io.busbar.diagnostics.FirmwareImages;
import io.busbar.diagnostics.NewFirmwareImage;
import io.busbar.faults.FaultType;
import io.busbar.selfhealing.Playbook;
import io.busbar.selfhealing.Playbooks;
import io.busbar.tenants.Brand;
import io.busbar.tenants.Scope;
import io.busbar.tenants.Tenant;
import io.busbar.tenants.Tenants;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant's operations configuration acts on its own chargers only, while Busbar's jobs keep running for every
 * tenant: templates, playbooks, bulk jobs, topologies and firmware images of tenant A never touch tenant B's chargers
 * (and B cannot point them at A's), with the same hardware, tags and fault types on both sides.
 */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsAcrossTenantsTest {
    private static final ChargerIdentity A_CHARGER = new ChargerIdentity("OPS-A-1");
    private static final ChargerIdentity B_CHARGER = new ChargerIdentity("OPS-B-1");

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    ApiKeyIssuer keys;
    @Autowired
    ConfigurationTemplates templates;
    @Autowired
    Playbooks playbooks;
    @Autowired
    FirmwareImages images;
    @Autowired
    ChargerRegistry registry;

    Tenant tenantA;
    ApiClient a;
    ApiClient b;
    String siteB;

    @BeforeAll
    void twoTenantsWithTheSameHardware() {
        tenantA = tenants.create("ops-a", "Ops A", Brand.NONE);
        Tenant tenantB = tenants.create("ops-b", "Ops B", Brand.NONE);
        a = ApiClient.withKey(port, keys.issue(tenantA.id(), "a", Set.of(Scope.ADMIN)).secret().value());
        b = ApiClient.withKey(port, keys.issue(tenantB.id(), "b", Set.of(Scope.ADMIN)).secret().value());
        register(a, A_CHARGER);
        siteB = register(b, B_CHARGER);
    }

    private static String register(ApiClient client, ChargerIdentity charger) {
        ApiClient.Response site = client.post("/api/v1/sites", "{\"name\": \"Depot " + charger.value() + "\"}");
        assertThat(site.status()).as(site.body()).isEqualTo(201);
        String siteId = site.json().get("id").asString();
        ApiClient.Response registered = client.post("/api/v1/chargers", """
                {"identity": "%s", "siteId": "%s"}""".formatted(charger.value(), siteId));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(client.put("/api/v1/chargers/" + charger.value() + "/tags/depot", null).status()).isBetween(200, 204);
        return siteId;
    }

    @Test
    void aTemplateForAModelConfiguresOnlyItsTenantsChargersOfThatModel() {
        ApiClient.Response created = a.post("/api/v1/configuration-templates", """
                {"name": "Acme fleet", "vendor": "Acme", "model": "X1", "settings": {"HeartbeatInterval": "300"},
                 "autoCorrect": true}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        assertThat(templates.applicableTo(A_CHARGER, "Acme", "X1")).map(t -> t.name()).contains("Acme fleet");
        // The same model at tenant B: A's template (with auto-correct) must never drive B's charger.
        assertThat(templates.applicableTo(B_CHARGER, "Acme", "X1")).isEmpty();
        // Names are per tenant: B's own "Acme fleet" neither collides with nor reveals A's.
        assertThat(b.post("/api/v1/configuration-templates", """
                {"name": "Acme fleet", "vendor": "Acme", "model": "X1", "settings": {"HeartbeatInterval": "60"},
                 "autoCorrect": false}""").status()).isEqualTo(201);
        assertThat(templates.applicableTo(B_CHARGER, "Acme", "X1")).map(t -> t.settings().get("HeartbeatInterval"))
                .contains("60");
    }

    @Test
    void aTemplateCannotListAnotherTenantsCharger() {
        ApiClient.Response refused = b.post("/api/v1/configuration-templates", """
                {"name": "Grab", "chargers": ["%s"], "settings": {"HeartbeatInterval": "5"}, "autoCorrect": true}"""
                .formatted(A_CHARGER.value()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(b.get("/api/v1/configuration-templates").body()).doesNotContain("Grab");
        assertThat(templates.applicableTo(A_CHARGER, null, null)).isEmpty();
    }

    @Test
    void aPlaybookHealsOnlyItsTenantsChargersAndEachTenantHasItsOwnBuiltIns() {
        ApiClient.Response saved = a.put("/api/v1/playbooks", """
                {"faultType": "BOOT_LOOP", "steps": [{"step": "CALL_HUMAN"}]}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        assertThat(playbooks.applicable(A_CHARGER, FaultType.BOOT_LOOP, null)).map(Playbook::id)
                .contains(UUID.fromString(saved.json().get("id").asString()));
        // B heals with its own copy of the built-in, never with A's playbook.
        assertThat(playbooks.applicable(B_CHARGER, FaultType.BOOT_LOOP, null)).map(Playbook::id)
                .isPresent().get().isNotEqualTo(UUID.fromString(saved.json().get("id").asString()));
        assertThat(playbooks.applicable(B_CHARGER, FaultType.BOOT_LOOP, null)).map(Playbook::updatedBy)
                .contains("built-in");
        registry.register(new RegisterCharger(new ChargerIdentity("OPS-DEFAULT-1"), null, null, null));
        assertThat(playbooks.applicable(new ChargerIdentity("OPS-DEFAULT-1"), FaultType.BOOT_LOOP, null))
                .map(Playbook::updatedBy).contains("built-in");
        assertThat(b.get("/api/v1/playbooks").json().get("items").valueStream()
                .map(playbook -> playbook.get("id").asString())).hasSize(4)
                .doesNotContain(saved.json().get("id").asString());
    }

    @Test
    void aBulkJobByTagReachesOnlyTheCallersChargersAndCannotNameAnothersCharger() {
        ApiClient.Response named = b.post("/api/v1/bulk-jobs", """
                {"target": {"identities": ["%s"]}, "action": {"kind": "COMMAND", "command": "ClearCache",
                 "arguments": {}}}""".formatted(A_CHARGER.value()));
        assertThat(named.status()).as(named.body()).isEqualTo(400);
        assertThat(named.body()).contains("no such charger");

        // Both tenants tagged a charger "depot": B's job by tag addresses B's charger only.
        ApiClient.Response tagged = b.post("/api/v1/bulk-jobs", """
                {"target": {"tags": ["depot"]}, "action": {"kind": "COMMAND", "command": "ClearCache",
                 "arguments": {}}}""");
        assertThat(tagged.status()).as(tagged.body()).isEqualTo(202);
        JsonNode items = b.get("/api/v1/bulk-jobs/" + tagged.json().get("id").asString() + "/items").json()
                .get("items");
        assertThat(items.valueStream().map(item -> item.get("charger").asString())).containsExactly(B_CHARGER.value());
    }

    @Test
    void aTopologyCannotManageAnotherTenantsCharger() {
        ApiClient.Response refused = b.put("/api/v1/sites/" + siteB + "/topology", """
                {"grid": {"id": "grid", "limits": {"l1": 64, "l2": 64, "l3": 64}},
                 "evses": [{"charger": "%s", "evseId": 1, "wiring": {"type": "THREE_PHASE"}, "maxCurrentA": 32}]}"""
                .formatted(A_CHARGER.value()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("charger " + A_CHARGER.value() + " is not registered");
    }

    @Test
    void anImageOnlyEverGoesToItsTenantsChargers() {
        FirmwareImage image = images.store(tenantA.id(), new NewFirmwareImage("A only", "1.0", null, null, "a.bin"),
                new ByteArrayInputStream(new byte[]{1, 2, 3}));

        ApiClient.Response refused = b.post("/api/v1/chargers/" + B_CHARGER.value() + "/firmware-updates",
                "{\"imageId\": \"" + image.id() + "\"}");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).contains("No firmware image " + image.id());
        assertThat(b.get("/api/v1/firmware").body()).doesNotContain(image.id().toString());
        assertThat(a.get("/api/v1/firmware").body()).contains(image.id().toString());
    }
}
