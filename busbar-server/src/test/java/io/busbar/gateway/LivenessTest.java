package io.busbar.gateway;

import io.busbar.gateway.ConnectionListener.DisconnectReason;
import io.busbar.testing.OcppTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Pings, pongs and dead links, with a 200 ms ping interval. */
@SpringBootTest(classes = {OcppWebSocketConfiguration.class, GatewayTestConfiguration.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "busbar.ocpp.ping-interval=200ms")
class LivenessTest {
    private static final Duration PING_INTERVAL = Duration.ofMillis(200);

    @LocalServerPort
    int port;

    @Autowired
    ChargerLink link;

    @Autowired
    GatewayTestConfiguration.RecordingListener listener;

    @Test
    void a_connection_that_never_answers_pings_is_closed_as_link_dead_after_two_intervals_while_a_ponging_one_stays()
            throws IOException {
        try (OcppTestClient healthy = OcppTestClient.to(port, "alive-1").subprotocols("ocpp1.6").connect();
             Socket mute = upgradeByHand("dead-1")) {
            Instant start = Instant.now();
            await().until(() -> link.isConnected("dead-1"));

            await().atMost(Duration.ofSeconds(5)).until(() -> listener.of("dead-1").size() == 2);

            var connected = listener.of("dead-1").get(0);
            var disconnected = listener.of("dead-1").get(1);
            assertThat(disconnected.reason()).isEqualTo(DisconnectReason.LINK_DEAD);
            assertThat(Duration.between(connected.charger().connectedAt(), disconnected.at()))
                    .isGreaterThanOrEqualTo(PING_INTERVAL.multipliedBy(2));
            assertThat(link.isConnected("dead-1")).isFalse();
            assertThat(readUntilCloseFrame(mute)).as("the dead link got a close frame").isTrue();

            // The JDK client answers every ping: well past two intervals it is still connected and usable.
            await().until(() -> Duration.between(start, Instant.now()).compareTo(PING_INTERVAL.multipliedBy(5)) > 0);
            assertThat(link.isConnected("alive-1")).isTrue();
            assertThat(listener.of("alive-1")).hasSize(1);
            healthy.sendText("[2,\"hb\",\"Heartbeat\",{}]");
            assertThat(healthy.awaitJson().get(0).asInt()).isEqualTo(3);
        }
    }

    /** An RFC 6455 upgrade written by hand; after it the socket is never read, so pings go unanswered. */
    private Socket upgradeByHand(String identity) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /ocpp/" + identity + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Protocol: ocpp1.6\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String response = readHeaders(socket.getInputStream());
        assertThat(response).startsWith("HTTP/1.1 101");
        return socket;
    }

    private static String readHeaders(InputStream in) throws IOException {
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        for (int i = 0; i < 8192; i++) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            headers.write(b);
            if (headers.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return headers.toString(StandardCharsets.US_ASCII);
    }

    /** Reads server frames (unmasked) until a close frame; pings are skipped. */
    private static boolean readUntilCloseFrame(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            for (int frames = 0; frames < 1000; frames++) {
                int first = in.read();
                int second = in.read();
                if (first < 0 || second < 0) {
                    return false;
                }
                int opcode = first & 0x0F;
                long length = second & 0x7F;
                if (length == 126) {
                    length = (in.read() << 8) | in.read();
                } else if (length == 127) {
                    length = 0;
                    for (int i = 0; i < 8; i++) {
                        length = (length << 8) | in.read();
                    }
                }
                if (opcode == 0x8) {
                    return true;
                }
                in.skipNBytes(length);
            }
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }
}
