package io.busbar.api.tenancy;

import io.busbar.api.ApiClient;
import io.busbar.tenants.TenantId;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant isolation over every operation of {@code /api/v1}, enumerated from Spring MVC's own handler mapping, so an
 * operation added later is covered or this test fails. Tenant A gets one of each resource (the {@link TenantFixture}s);
 * then, with tenant B's admin key:
 * <ul>
 *   <li>every operation naming one of A's resources in its path answers 404 or 403, while A's own key reads it
 *       (so the 404 is not just a broken fixture);</li>
 *   <li>every list answers 2xx without a trace of A's data;</li>
 *   <li>every other change either creates only B's own things (listed with a reason) or, given a body naming A's
 *       resources, is refused.</li>
 * </ul>
 */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantTest {
    static final List<TenantFixture> FIXTURES = List.of(new CoreFixture(), new OperationsFixture(), new MoneyFixture());

    /** Ids that only mean something under a parent resource, which is A's. */
    static final Map<String, String> CHILD_IDS = Map.of("evses/{evseId}", "1", "settings/{name}", "HeartbeatInterval",
            "tags/{tag}", "a-tag", "display-messages/{id}", "1", "connectors/{connectorId}", "1");

    /** Changes without a path variable that create or change only the caller's own data, and why that is safe. */
    static final Map<String, String> OWN_CHANGES = Map.of(
            "POST /api/v1/sites", "creates a site of the caller's tenant; names nothing else",
            "POST /api/v1/api-keys", "creates a key of the caller's tenant, never with more scopes than the caller's",
            "PUT /api/v1/tenant/brand", "changes the caller's own brand",
            "POST /api/v1/firmware", "uploads an image of the caller's tenant; names nothing else",
            "POST /api/v1/users", "creates a user of the caller's tenant, never with a role mightier than the caller's",
            "POST /api/v1/webhooks", "subscribes the caller's tenant to its own events; names nothing else");

    /** Paths with their own authentication and their own isolation tests. */
    static final List<String> OTHER_AUTHENTICATION = List.of("/api/v1/public/", "/api/v1/driver/", "/api/v1/auth/");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    OwnershipRegistry ownership;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    CrossTenantSeed seed;
    ApiClient b;

    @BeforeAll
    void twoTenants() {
        ApiClient platform = ApiClient.admin(port);
        JsonNode a = tenant(platform, "tenant-a");
        JsonNode other = tenant(platform, "tenant-b");
        ApiClient clientA = ApiClient.withKey(port, a.get("adminKey").get("key").asString());
        b = ApiClient.withKey(port, other.get("adminKey").get("key").asString());
        seed = new CrossTenantSeed(port, clientA,
                new TenantId(UUID.fromString(a.get("tenant").get("id").asString())), context);
        FIXTURES.forEach(fixture -> fixture.seed(seed));
    }

    private static JsonNode tenant(ApiClient platform, String slug) {
        ApiClient.Response response = platform.post("/api/v1/tenants", """
                {"slug": "%s", "name": "%s"}""".formatted(slug, slug));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Test
    void tenantBNeverReadsNorChangesTenantAsResources() {
        List<String> failures = new ArrayList<>();
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(100);
        for (Operation operation : operations) {
            check(operation, failures);
        }
        assertThat(failures).as("operations that leak across tenants or lack a fixture").isEmpty();
    }

    @Test
    void onlyThePlatformOperatorCreatesOrListsTenants() {
        assertThat(b.get("/api/v1/tenants").status()).isEqualTo(403);
        assertThat(b.post("/api/v1/tenants", "{\"slug\": \"sneaky\", \"name\": \"Sneaky\"}").status()).isEqualTo(403);
        assertThat(b.get("/api/v1/tenant").json().get("slug").asString()).isEqualTo("tenant-b");
    }

    @Test
    void aKeyCannotGrantMoreThanItHolds() {
        String reader = seed.create("/api/v1/api-keys", "{\"name\": \"reader\", \"scopes\": [\"sessions:read\", "
                + "\"access:write\"]}", "key");
        ApiClient limited = ApiClient.withKey(port, reader);
        assertThat(limited.post("/api/v1/api-keys", "{\"name\": \"escalate\", \"scopes\": [\"admin\"]}").status())
                .isEqualTo(403);
        assertThat(limited.post("/api/v1/api-keys", "{\"name\": \"wider\", \"scopes\": [\"commands:write\"]}").status())
                .isEqualTo(403);
        assertThat(limited.get("/api/v1/sessions").status()).isEqualTo(200);
        assertThat(limited.get("/api/v1/chargers").status()).isEqualTo(403);
        assertThat(limited.post("/api/v1/sites", "{\"name\": \"x\"}").status()).isEqualTo(403);
    }

    private void check(Operation operation, List<String> failures) {
        String key = operation.method() + " " + operation.pattern();
        if (operation.pattern().startsWith(AreaOfPath.PREFIX + AreaOfPath.PLATFORM_COLLECTION)) {
            expectRefused(key, b.send(operation.method(), operation.pattern(), "{}"), failures);
            return;
        }
        List<TenantGuard.PathVariableRef> variables = TenantGuard.PathVariableRef.of(operation.pattern());
        if (!variables.isEmpty()) {
            String path = fill(operation.pattern(), variables, key, failures);
            if (path == null) {
                return;
            }
            String extra = seed.requests.get(key);
            boolean get = operation.method().equals("GET");
            String query = get && extra != null ? extra : "";
            expectRefused(key, b.send(operation.method(), path + query, get ? null : (extra == null ? "{}" : extra)),
                    failures);
            if (get) {
                ApiClient.Response own = seed.a.get(path + query);
                if (own.status() / 100 != 2) {
                    failures.add(key + ": the fixture is not real: tenant A's own key got " + own.status() + " "
                            + abbreviate(own.body()));
                }
            }
            return;
        }
        if (operation.method().equals("GET")) {
            ApiClient.Response list = b.get(operation.pattern() + seed.requests.getOrDefault(key, ""));
            if (list.status() / 100 != 2) {
                failures.add(key + ": tenant B's list answered " + list.status() + " (add a query to the fixture?) "
                        + abbreviate(list.body()));
                return;
            }
            for (String marker : seed.markers) {
                if (list.body().contains(marker)) {
                    failures.add(key + ": tenant B's list shows tenant A's " + marker);
                }
            }
            return;
        }
        if (OWN_CHANGES.containsKey(key) || seed.ownChanges.containsKey(key)) {
            return;
        }
        String body = seed.requests.get(key);
        if (body == null) {
            failures.add(key + ": no request naming tenant A's resources in any fixture (or list it in OWN_CHANGES)");
            return;
        }
        expectRefused(key, b.send(operation.method(), operation.pattern(), body), failures);
    }

    private String fill(String pattern, List<TenantGuard.PathVariableRef> variables, String key, List<String> failures) {
        String path = pattern;
        for (TenantGuard.PathVariableRef variable : variables) {
            String name = variable.collection() + "/{" + variable.name() + "}";
            if (!ownership.covers(variable.collection())) {
                failures.add(key + ": no OwnedResources bean for the collection '" + variable.collection() + "'");
            }
            String value = seed.ids.getOrDefault(name, CHILD_IDS.get(name));
            if (value == null) {
                failures.add(key + ": no fixture id for " + name);
                return null;
            }
            path = path.replace("{" + variable.name() + "}", value);
        }
        return path;
    }

    private static void expectRefused(String key, ApiClient.Response response, List<String> failures) {
        if (response.status() != 404 && response.status() != 403 && response.status() != 422 && response.status() != 400) {
            failures.add(key + ": tenant B got " + response.status() + " " + abbreviate(response.body()));
        }
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    private List<Operation> operations() {
        Set<Operation> operations = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith(AreaOfPath.PREFIX)
                        || OTHER_AUTHENTICATION.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    operations.add(new Operation(method.name(), pattern));
                }
            }
        }
        return List.copyOf(operations);
    }

    record Operation(String method, String pattern) implements Comparable<Operation> {
        @Override
        public int compareTo(Operation other) {
            int byPattern = pattern.compareTo(other.pattern);
            return byPattern != 0 ? byPattern : method.compareTo(other.method);
        }
    }
}
