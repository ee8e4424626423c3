package io.busbar.selfhealing;

import io.busbar.api.ApiClient;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A new tenant's chargers heal like the platform's own: it starts with its own copies of the built-in playbooks. */
@BusbarTest
class StarterPlaybooksTest {
    @LocalServerPort
    int port;

    @Test
    void aNewTenantStartsWithItsOwnBuiltInPlaybooks() {
        JsonNode created = ApiClient.admin(port).post("/api/v1/tenants", "{\"slug\": \"fresh-cpo\", \"name\": \"Fresh\"}")
                .json();
        ApiClient tenant = ApiClient.withKey(port, created.at("/adminKey/key").asString());

        JsonNode own = tenant.get("/api/v1/playbooks").json().get("items");
        JsonNode platform = ApiClient.admin(port).get("/api/v1/playbooks").json().get("items");

        assertThat(own.valueStream().map(playbook -> playbook.get("faultType").asString()))
                .containsExactlyInAnyOrder("CONNECTOR_ERROR", "GHOST_CHARGER", "BOOT_LOOP", "SESSION_FAILED");
        assertThat(own.valueStream().map(playbook -> playbook.get("id").asString()))
                .as("copies, not the platform's playbooks")
                .doesNotContainAnyElementsOf(platform.valueStream().map(playbook -> playbook.get("id").asString()).toList());
    }
}
