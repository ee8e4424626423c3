package io.busbar.api.tenancy;

import io.busbar.api.ApiClient;
import io.busbar.tenants.TenantId;
import org.springframework.context.ApplicationContext;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the fixtures build for tenant A, and the means to build it. */
final class CrossTenantSeed {
    final int port;
    /** Tenant A's admin key. */
    final ApiClient a;
    final TenantId tenantA;
    final ApplicationContext context;
    /** {@code collection/{variable}} → one of A's ids, e.g. {@code sessions/{id}}. */
    final Map<String, String> ids = new HashMap<>();
    /** {@code METHOD /pattern} → a request body (or {@code ?query} for GETs) that names A's resources. */
    final Map<String, String> requests = new HashMap<>();
    /** Strings that identify A's data: ids and unique names. Tenant B's lists must contain none. */
    final Set<String> markers = new LinkedHashSet<>();
    /** Like {@code CrossTenantTest.OWN_CHANGES}, declared by a fixture: {@code METHOD /pattern} → why it is safe. */
    final Map<String, String> ownChanges = new HashMap<>();

    CrossTenantSeed(int port, ApiClient a, TenantId tenantA, ApplicationContext context) {
        this.port = port;
        this.a = a;
        this.tenantA = tenantA;
        this.context = context;
    }

    /** Records an id of A under a URL variable, e.g. {@code id("sessions/{id}", "...")}, and as a marker. */
    void id(String variable, String value) {
        ids.put(variable, value);
        markers.add(value);
    }

    void request(String operation, String bodyOrQuery) {
        requests.put(operation, bodyOrQuery);
    }

    void ownChange(String operation, String why) {
        ownChanges.put(operation, why);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Creates something through A's API and returns the created JSON's {@code field}. */
    String create(String path, String json, String field) {
        ApiClient.Response response = a.post(path, json);
        assertThat(response.status()).as(path + ": " + response.body()).isBetween(200, 201);
        return response.json().get(field).asString();
    }
}
