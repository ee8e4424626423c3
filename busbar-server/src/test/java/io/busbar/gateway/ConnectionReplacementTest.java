package io.busbar.gateway;

import io.busbar.gateway.ConnectionListener.DisconnectReason;
import io.busbar.gateway.TestActions.Reset;
import io.busbar.testing.OcppTestClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.busbar.ocpp.rpc.OcppVersion.V16;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A charger that reconnects while its old socket still looks open replaces it. */
class ConnectionReplacementTest extends GatewayTestBase {

    @Test
    void a_second_connection_with_the_same_identity_replaces_the_first() throws Exception {
        OcppTestClient old = connect("replace-1", "ocpp1.6");
        var pendingOnOld = link.call("replace-1", TestActions.reset(V16), new Reset("Soft"));
        old.awaitCall();

        try (OcppTestClient fresh = connect("replace-1", "ocpp1.6")) {
            OcppTestClient.Closed closed = old.awaitClose();
            assertThat(closed.code()).isEqualTo(1000);
            assertThat(closed.reason()).isEqualTo("replaced by a new connection");

            await().until(pendingOnOld::isDone);
            assertThat(pendingOnOld.exceptionNow()).isInstanceOf(ChargerNotConnectedException.class);

            var events = listener.of("replace-1");
            assertThat(events).extracting(GatewayTestConfiguration.Event::kind)
                    .containsExactly("connected", "disconnected", "connected");
            assertThat(events.get(1).charger()).isSameAs(events.get(0).charger());
            assertThat(events.get(1).reason()).isEqualTo(DisconnectReason.REPLACED);
            assertThat(events.get(2).charger()).isNotSameAs(events.get(0).charger());

            // The late close of the old socket did not unregister the new one: it still gets calls.
            assertThat(link.connection("replace-1")).containsSame(events.get(2).charger());
            var call = link.call("replace-1", TestActions.reset(V16), new Reset("Hard"));
            fresh.reply(fresh.awaitCall(), "{\"status\":\"Accepted\"}");
            assertThat(call.get(5, TimeUnit.SECONDS).status()).isEqualTo("Accepted");
            fresh.sendText("[2,\"hb\",\"Heartbeat\",{}]");
            assertThat(fresh.awaitJson().get(0).asInt()).isEqualTo(3);
        } finally {
            old.close();
        }
        await().until(() -> listener.of("replace-1").size() == 4);
        assertThat(listener.of("replace-1").get(3).reason()).isEqualTo(DisconnectReason.CLOSED_BY_CHARGER);
    }

    @Test
    void simultaneous_reconnects_leave_exactly_one_live_connection_and_a_consistent_event_history() throws Exception {
        String identity = "replace-race";
        int attempts = 8;
        List<OcppTestClient> clients = new ArrayList<>();
        try (ExecutorService parallel = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<OcppTestClient>> connecting = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                connecting.add(parallel.submit(() -> OcppTestClient.to(port, identity).subprotocols("ocpp1.6").connect()));
            }
            for (Future<OcppTestClient> f : connecting) {
                clients.add(f.get(30, TimeUnit.SECONDS));
            }
        }
        try {
            await().until(() -> listener.of(identity).size() == 2 * attempts - 1);
            var events = listener.of(identity);
            // connected, then (disconnected REPLACED of that same one, connected of the next) ... per identity.
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).kind()).isEqualTo(i % 2 == 0 ? "connected" : "disconnected");
                if (i % 2 == 1) {
                    assertThat(events.get(i).charger()).isSameAs(events.get(i - 1).charger());
                    assertThat(events.get(i).reason()).isEqualTo(DisconnectReason.REPLACED);
                }
            }
            assertThat(link.connection(identity)).containsSame(events.getLast().charger());
            await().until(() -> clients.stream().filter(OcppTestClient::isClosed).count() == attempts - 1);
            OcppTestClient survivor = clients.stream().filter(c -> !c.isClosed()).findFirst().orElseThrow();
            survivor.sendText("[2,\"hb\",\"Heartbeat\",{}]");
            assertThat(survivor.awaitJson().get(1).asString()).isEqualTo("hb");
        } finally {
            clients.forEach(OcppTestClient::close);
        }
    }
}
