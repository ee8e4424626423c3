package io.busbar.api;

import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** First start without BUSBAR_ADMIN_API_KEY: Busbar generates an admin key and prints it once. */
@ExtendWith(OutputCaptureExtension.class)
@BusbarTest
@TestPropertySource(properties = "busbar.api.admin-api-key=")
class GeneratedAdminKeyTest extends ApiTestSupport {
    private static final Pattern PRINTED_KEY = Pattern.compile("Busbar admin API key \\(shown once\\): (bb_[A-Za-z0-9_-]{43})");

    @Autowired
    JdbcClient jdbc;

    @Test
    void generatesExactlyOneKeyPrintsItOnceAndItAuthenticates(CapturedOutput output) {
        Matcher printed = PRINTED_KEY.matcher(output.getOut());
        assertThat(printed.find()).as("the boxed message on the console").isTrue();
        String key = printed.group(1);

        assertThat(printed.find()).as("printed once").isFalse();
        assertThat(output.getOut().split(Pattern.quote(key), -1)).as("the key appears once in all output").hasSize(2);
        assertThat(jdbc.sql("select count(*) from api_keys").query(Long.class).single()).isEqualTo(1);
        assertThat(ApiClient.withKey(port, key).get("/api/v1/api-keys").status()).isEqualTo(200);
        assertThat(ApiClient.admin(port).get("/api/v1/api-keys").status())
                .as("the test profile's key was not configured here").isEqualTo(401);
    }

    @Test
    void theOnlyActiveKeyCannotBeRevoked(CapturedOutput output) {
        Matcher printed = PRINTED_KEY.matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        var client = ApiClient.withKey(port, printed.group(1));
        String id = client.get("/api/v1/api-keys").json().get("items").get(0).get("id").asString();

        var response = client.delete("/api/v1/api-keys/" + id);

        assertProblem(response, 409, "last-active-api-key", "/api/v1/api-keys/" + id);
        assertThat(client.get("/api/v1/api-keys").status()).isEqualTo(200);
    }
}
