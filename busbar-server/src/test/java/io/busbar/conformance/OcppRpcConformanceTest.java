package io.busbar.conformance;

import io.busbar.testing.BusbarTest;
import io.busbar.testing.RestApi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Busbar against an independent OCPP-J implementation in another language: the Node library ocpp-rpc in strict
 * mode, which validates every request it sends and every answer Busbar gives against the official OCPP 1.6 and
 * 2.0.1 JSON schemas. The script ({@code conformance/ocpp-rpc-conformance.mjs}) prints one line per check.
 * {@code bin/test} (and so CI) installs the pinned ocpp-rpc before Maven runs.
 */
@BusbarTest
class OcppRpcConformanceTest {
    private static final Path CONFORMANCE = Path.of("..", "conformance").toAbsolutePath().normalize();
    private static final String TOKEN = "RPC-CARD-0001";

    @LocalServerPort
    int port;

    @Test
    @DisplayName("ocpp-rpc strict client: 2.0.1 B01/C01/E02/E06/J01/P01 and 1.6 core flows, every message schema-valid")
    void ocppRpcStrictClientPassesEveryCheck() throws Exception {
        assertThat(CONFORMANCE.resolve("node_modules/ocpp-rpc")).as(
                "ocpp-rpc is not installed: run bin/test, or `npm install --no-package-lock` in conformance/").exists();
        RestApi api = new RestApi(port);
        for (String identity : new String[]{"RPC-201", "RPC-201-lax", "RPC-16"}) {
            api.post("/api/v1/chargers", Map.of("identity", identity));
        }
        api.post("/api/v1/id-tokens", Map.of("value", TOKEN));

        Path output = Files.createTempFile("ocpp-rpc-conformance", ".log");
        Process node = new ProcessBuilder("node", "ocpp-rpc-conformance.mjs", "--url", "ws://127.0.0.1:" + port + "/ocpp",
                "--token", TOKEN, "--prefix", "RPC")
                .directory(CONFORMANCE.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = node.waitFor(120, TimeUnit.SECONDS);
        String log = read(output);
        if (!finished) {
            node.destroyForcibly();
        }
        System.out.println(log);

        assertThat(finished).as("conformance script finished in time").isTrue();
        assertThat(log).doesNotContain("FAIL").contains(" passed, 0 failed");
        assertThat(node.exitValue()).isZero();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
