package io.busbar.gateway;

import io.busbar.gateway.TestActions.Reset;
import io.busbar.gateway.TestActions.ResetResponse;
import io.busbar.testing.OcppTestClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.busbar.ocpp.rpc.OcppVersion.V16;
import static io.busbar.ocpp.rpc.OcppVersion.V201;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** CSMS-to-charger calls through {@link ChargerLink}: correlation, errors, timeouts, one call at a time. */
class ChargerLinkTest extends GatewayTestBase {

    @Test
    void a_call_is_sent_as_a_call_frame_and_completes_with_the_bound_callresult() throws Exception {
        try (OcppTestClient charger = connect("link-ok", "ocpp2.0.1")) {
            CompletableFuture<ResetResponse> response = link.call("link-ok", TestActions.reset(V201), new Reset("Immediate"));

            JsonNode call = charger.awaitCall();
            assertThat(call.get(1).asString()).hasSizeLessThanOrEqualTo(36);
            assertThat(call.get(2).asString()).isEqualTo("Reset");
            assertThat(call.get(3).toString()).isEqualTo("{\"type\":\"Immediate\"}");
            charger.reply(call, "{\"status\":\"Accepted\"}");

            assertThat(response.get(5, TimeUnit.SECONDS)).isEqualTo(new ResetResponse("Accepted"));
        }
    }

    @Test
    void a_callerror_from_the_charger_fails_the_call_with_its_code() {
        try (OcppTestClient charger = connect("link-error", "ocpp1.6")) {
            CompletableFuture<ResetResponse> response = link.call("link-error", TestActions.reset(V16), new Reset("Hard"));

            charger.replyError(charger.awaitCall(), "NotSupported", "no reset here");

            assertThatThrownBy(() -> response.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(CallErrorException.class).hasMessageContaining("NotSupported");
            assertThat(((CallErrorException) response.exceptionNow()).errorCode()).isEqualTo("NotSupported");
        }
    }

    @Test
    void an_unanswered_call_times_out_and_the_next_call_is_sent() throws Exception {
        try (OcppTestClient charger = connect("link-timeout", "ocpp1.6")) {
            CompletableFuture<ResetResponse> first = link.call("link-timeout", TestActions.reset(V16), new Reset("Soft"));
            CompletableFuture<ResetResponse> second = link.call("link-timeout", TestActions.reset(V16), new Reset("Hard"));
            JsonNode unanswered = charger.awaitCall();

            await().atMost(Duration.ofSeconds(10)).until(first::isDone);
            assertThat(first.exceptionNow()).isInstanceOf(CallTimeoutException.class);

            JsonNode next = charger.awaitCall();
            assertThat(next.get(3).toString()).isEqualTo("{\"type\":\"Hard\"}");
            charger.reply(unanswered, "{\"status\":\"Accepted\"}"); // too late: ignored
            charger.reply(next, "{\"status\":\"Rejected\"}");
            assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(new ResetResponse("Rejected"));
        }
    }

    @Test
    void a_second_call_waits_until_the_first_is_answered() throws Exception {
        try (OcppTestClient charger = connect("link-queue", "ocpp2.0.1")) {
            CompletableFuture<ResetResponse> first = link.call("link-queue", TestActions.reset(V201), new Reset("A"));
            CompletableFuture<ResetResponse> second = link.call("link-queue", TestActions.reset(V201), new Reset("B"));

            JsonNode firstCall = charger.awaitCall();
            assertThat(firstCall.get(3).toString()).isEqualTo("{\"type\":\"A\"}");
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> charger.pendingFrames() == 0);
            assertThat(second).isNotDone();

            charger.reply(firstCall, "{\"status\":\"Accepted\"}");
            JsonNode secondCall = charger.awaitCall();
            assertThat(secondCall.get(3).toString()).isEqualTo("{\"type\":\"B\"}");
            assertThat(secondCall.get(1).asString()).isNotEqualTo(firstCall.get(1).asString());
            charger.reply(secondCall, "{\"status\":\"Scheduled\"}");

            assertThat(first.get(5, TimeUnit.SECONDS).status()).isEqualTo("Accepted");
            assertThat(second.get(5, TimeUnit.SECONDS).status()).isEqualTo("Scheduled");
        }
    }

    @Test
    void a_call_made_while_the_chargers_own_call_is_handled_waits_for_its_answer() {
        try (OcppTestClient charger = connect("link-reacting", "ocpp1.6")) {
            charger.sendText("[2,\"own-1\",\"Reacting\",{}]");

            // The charger must see its answer first (e.g. its boot accepted), then the CSMS's call.
            JsonNode first = OcppTestClient.json(charger.awaitFrame());
            assertThat(first.get(0).asInt()).as("a CALLRESULT first: " + first).isEqualTo(3);
            assertThat(first.get(1).asString()).isEqualTo("own-1");
            JsonNode second = charger.awaitCall();
            assertThat(second.get(2).asString()).isEqualTo("Reset");
            charger.reply(second, "{\"status\":\"Accepted\"}");
        }
    }

    @Test
    void a_call_to_a_charger_that_is_not_connected_fails_at_once() {
        CompletableFuture<ResetResponse> response = link.call("link-offline", TestActions.reset(V16), new Reset("Hard"));

        assertThat(response).isCompletedExceptionally();
        assertThat(response.exceptionNow()).isInstanceOf(ChargerNotConnectedException.class);
    }

    @Test
    void a_call_in_the_other_version_than_the_negotiated_one_fails_at_once() {
        try (OcppTestClient charger = connect("link-version", "ocpp1.6")) {
            var response = link.call("link-version", TestActions.reset(V201), new Reset("Hard"));

            assertThat(response.exceptionNow()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ocpp1.6");
        }
    }

    @Test
    void a_disconnect_fails_the_outstanding_and_the_queued_calls() {
        OcppTestClient charger = connect("link-drop", "ocpp1.6");
        var first = link.call("link-drop", TestActions.reset(V16), new Reset("Soft"));
        var second = link.call("link-drop", TestActions.reset(V16), new Reset("Hard"));
        charger.awaitCall();

        charger.close();

        await().until(() -> first.isDone() && second.isDone());
        assertThat(first.exceptionNow()).isInstanceOf(ChargerNotConnectedException.class);
        assertThat(second.exceptionNow()).isInstanceOf(ChargerNotConnectedException.class);
    }

    @Test
    void a_callresult_that_does_not_fit_the_response_type_fails_the_call_and_is_not_answered() {
        try (OcppTestClient charger = connect("link-invalid", "ocpp2.0.1")) {
            var response = link.call("link-invalid", TestActions.reset(V201), new Reset("Immediate"));

            charger.reply(charger.awaitCall(), "{\"status\":42}");

            await().until(response::isDone);
            assertThat(response.exceptionNow()).isInstanceOf(InvalidCallResultException.class);
            charger.sendText("[2,\"after\",\"Heartbeat\",{}]");
            assertThat(charger.awaitJson().get(1).asString()).isEqualTo("after"); // no CALLERROR came first
        }
    }

    @Test
    void a_callresult_for_an_unknown_message_id_is_ignored() {
        try (OcppTestClient charger = connect("link-stray", "ocpp1.6")) {
            charger.sendText("[3,\"no-such-call\",{}]");
            charger.sendText("[4,\"no-such-call-either\",\"GenericError\",\"\",{}]");
            charger.sendText("[2,\"after\",\"Heartbeat\",{}]");

            JsonNode next = charger.awaitJson();

            assertThat(next.get(0).asInt()).isEqualTo(3);
            assertThat(next.get(1).asString()).isEqualTo("after");
            assertThat(link.isConnected("link-stray")).isTrue();
        }
    }
}
