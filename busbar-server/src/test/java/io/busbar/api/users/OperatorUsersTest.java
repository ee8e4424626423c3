package io.busbar.api.users;

import io.busbar.api.ApiClient;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.RestApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Operator users sign in and act with exactly the scopes of their role, in their own tenant only. */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorUsersTest {
    @LocalServerPort
    int port;
    ApiClient admin;

    @BeforeAll
    void tenant() {
        JsonNode created = ApiClient.admin(port).post("/api/v1/tenants", "{\"slug\": \"ops-team\", \"name\": \"Ops\"}").json();
        admin = ApiClient.withKey(port, created.at("/adminKey/key").asString());
    }

    @Test
    void eachRoleDoesWhatItMayAndNothingMore() {
        ApiClient reader = signedIn(user("reader@ops.example", "READ_ONLY"));
        ApiClient support = signedIn(user("support@ops.example", "SUPPORT"));
        ApiClient operator = signedIn(user("operator@ops.example", "OPERATOR"));

        assertThat(reader.get("/api/v1/sessions").status()).isEqualTo(200);
        assertThat(reader.get("/api/v1/sites").status()).isEqualTo(200);
        assertThat(reader.post("/api/v1/sites", "{\"name\": \"Nope\"}").status()).isEqualTo(403);
        assertThat(reader.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(reader.get("/api/v1/api-keys").status()).isEqualTo(403);

        assertThat(support.post("/api/v1/id-tokens", "{\"value\": \"SUPPORT01\"}").status()).isEqualTo(201);
        assertThat(support.post("/api/v1/sites", "{\"name\": \"Nope\"}").status()).isEqualTo(403);

        assertThat(operator.post("/api/v1/sites", "{\"name\": \"Operator site\"}").status()).isEqualTo(201);
        assertThat(operator.post("/api/v1/users", """
                {"email": "x@ops.example", "name": "X", "role": "READ_ONLY", "password": "a long passphrase"}""")
                .status()).isEqualTo(403);
        assertThat(operator.post("/api/v1/webhooks", "{\"url\": \"http://127.0.0.1:9/x\"}").status()).isEqualTo(403);
    }

    @Test
    void theSameAnswerForAnUnknownEmailAWrongPasswordAndADisabledUser() {
        String id = user("gone@ops.example", "OPERATOR");
        ApiClient session = signedIn(id);
        ApiClient.Response wrongPassword = login("gone@ops.example", "not the passphrase");
        ApiClient.Response unknown = login("nobody@ops.example", "a long passphrase");
        assertThat(admin.patch("/api/v1/users/" + id, "{\"disabled\": true}").json().get("active").asBoolean()).isFalse();
        ApiClient.Response disabled = login("gone@ops.example", "a long passphrase");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrongPassword.body());
        assertThat(disabled.body()).isEqualTo(wrongPassword.body());
        assertThat(session.get("/api/v1/sessions").status()).as("a disabled user's session ends at once").isEqualTo(401);
        assertThat(ApiClient.anonymous(port).get("/api/v1/sessions").status()).isEqualTo(401);
    }

    @Test
    void logoutEndsTheSessionAndPasswordsNeverComeBack() {
        ApiClient.Response created = admin.post("/api/v1/users", """
                {"email": "leaves@ops.example", "name": "Leaves", "role": "OPERATOR", "password": "secret passphrase 42"}""");
        assertThat(created.body()).doesNotContain("secret passphrase 42").doesNotContain("argon2");
        assertThat(admin.get("/api/v1/users").body()).doesNotContain("argon2");
        String token = login("leaves@ops.example", "secret passphrase 42").json().get("token").asString();
        ApiClient session = ApiClient.withKey(port, token);
        assertThat(session.get("/api/v1/chargers").status()).isEqualTo(200);
        ApiClient.Response who = session.get("/api/v1/auth/session");
        assertThat(who.status()).isEqualTo(200);
        assertThat(who.json().get("user").get("email").asString()).isEqualTo("leaves@ops.example");
        assertThat(who.json().get("scopes").toString()).contains("commands:write").doesNotContain("\"admin\"");
        assertThat(ApiClient.withKey(port, RestApi.TEST_ADMIN_KEY).get("/api/v1/auth/session").status())
                .as("an API key is not a signed-in user").isEqualTo(401);

        assertThat(session.post("/api/v1/auth/logout", null).status()).isEqualTo(204);

        assertThat(session.get("/api/v1/chargers").status()).isEqualTo(401);
        assertThat(session.get("/api/v1/auth/session").status()).isEqualTo(401);
    }

    @Test
    void aKeyThatManagesAccessButIsNotAdminCannotCreateAnAdmin() {
        String key = admin.post("/api/v1/api-keys", "{\"name\": \"hr\", \"scopes\": [\"access:write\"]}").json()
                .get("key").asString();
        ApiClient hr = ApiClient.withKey(port, key);
        assertThat(hr.post("/api/v1/users", """
                {"email": "boss@ops.example", "name": "Boss", "role": "ADMIN", "password": "a long passphrase"}""")
                .status()).isEqualTo(403);
        assertThat(hr.get("/api/v1/users").status()).isEqualTo(200);
    }

    private String user(String email, String role) {
        ApiClient.Response response = admin.post("/api/v1/users", """
                {"email": "%s", "name": "%s", "role": "%s", "password": "a long passphrase"}""".formatted(email, role, role));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private ApiClient signedIn(String userId) {
        String email = admin.get("/api/v1/users/" + userId).json().get("email").asString();
        ApiClient.Response login = login(email, "a long passphrase");
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return ApiClient.withKey(port, login.json().get("token").asString());
    }

    private ApiClient.Response login(String email, String password) {
        return ApiClient.anonymous(port).post("/api/v1/auth/login", """
                {"tenant": "ops-team", "email": "%s", "password": "%s"}""".formatted(email, password));
    }
}
