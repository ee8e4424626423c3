package io.busbar.gateway;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.busbar.testing.OcppTestClient;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every CALL gets exactly one answer, whatever is wrong with it, and the same connection keeps working.
 * Error codes per OCPP-J 1.6 §4.2.3 and OCPP 2.0.1 Part 4 §4.2.3 (1.6 has no RpcFrameworkError).
 */
class InboundPipelineTest extends GatewayTestBase {

    enum Version {
        V16("ocpp1.6", "FormationViolation", "ProtocolError", "FormationViolation", "2026-11-23T10:00:00Z"),
        V201("ocpp2.0.1", "RpcFrameworkError", "MessageTypeNotSupported", "FormatViolation", "2026-11-23T10:00:01Z");

        final String subprotocol;
        final String unreadable;
        final String badMessageType;
        final String badPayload;
        final String heartbeatTime;

        Version(String subprotocol, String unreadable, String badMessageType, String badPayload, String heartbeatTime) {
            this.subprotocol = subprotocol;
            this.unreadable = unreadable;
            this.badMessageType = badMessageType;
            this.badPayload = badPayload;
            this.heartbeatTime = heartbeatTime;
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void a_valid_call_is_answered_with_a_callresult_of_the_same_id_by_the_handler_of_the_negotiated_version(Version v) {
        try (OcppTestClient charger = connect("pipeline-ok-" + v, v.subprotocol)) {
            charger.sendText("[2,\"hb-1\",\"Heartbeat\",{}]");

            JsonNode answer = charger.awaitJson();

            assertThat(answer.toString()).isEqualTo("[3,\"hb-1\",{\"currentTime\":\"" + v.heartbeatTime + "\"}]");
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void malformed_json_is_answered_with_the_unreadable_frame_error_and_id_minus_one(Version v) {
        try (OcppTestClient charger = connect("pipeline-json-" + v, v.subprotocol)) {
            charger.sendText("[2,\"x\",\"Heartbeat\",{");

            assertCallError(charger.awaitJson(), "-1", v.unreadable);
            assertStillAnswers(charger, v);
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void a_frame_that_is_not_an_array_is_answered_with_the_unreadable_frame_error(Version v) {
        try (OcppTestClient charger = connect("pipeline-object-" + v, v.subprotocol)) {
            charger.sendText("{\"messageTypeId\":2}");

            assertCallError(charger.awaitJson(), "-1", v.unreadable);
            assertStillAnswers(charger, v);
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void an_unknown_message_type_id_is_answered_with_the_versions_code_and_the_message_id(Version v) {
        try (OcppTestClient charger = connect("pipeline-type-" + v, v.subprotocol)) {
            charger.sendText("[7,\"t-1\",\"Heartbeat\",{}]");

            assertCallError(charger.awaitJson(), "t-1", v.badMessageType);
            assertStillAnswers(charger, v);
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void an_action_without_handler_is_answered_not_implemented(Version v) {
        try (OcppTestClient charger = connect("pipeline-unknown-" + v, v.subprotocol)) {
            charger.sendText("[2,\"u-1\",\"NoSuchAction\",{}]");

            assertCallError(charger.awaitJson(), "u-1", "NotImplemented");
            assertStillAnswers(charger, v);
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void a_payload_that_is_not_an_object_is_answered_with_the_format_error(Version v) {
        try (OcppTestClient charger = connect("pipeline-payload-" + v, v.subprotocol)) {
            charger.sendText("[2,\"p-1\",\"Heartbeat\",[1,2]]");

            assertCallError(charger.awaitJson(), "p-1", v.badPayload);
            assertStillAnswers(charger, v);
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void a_failing_handler_is_answered_internal_error(Version v) {
        try (OcppTestClient charger = connect("pipeline-explode-" + v, v.subprotocol)) {
            charger.sendText("[2,\"e-1\",\"Explode\",{}]");

            JsonNode answer = charger.awaitJson();

            assertCallError(answer, "e-1", "InternalError");
            assertThat(answer.get(3).asString()).doesNotContain("handler bug"); // internals stay in the log
            assertStillAnswers(charger, v);
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void a_call_refused_by_a_gate_is_answered_security_error(Version v) {
        try (OcppTestClient charger = connect("pipeline-gate-" + v, v.subprotocol)) {
            charger.sendText("[2,\"g-1\",\"Guarded\",{}]");

            assertCallError(charger.awaitJson(), "g-1", "SecurityError");
            assertStillAnswers(charger, v);
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void a_binary_frame_is_answered_like_an_unreadable_frame(Version v) {
        try (OcppTestClient charger = connect("pipeline-binary-" + v, v.subprotocol)) {
            charger.sendBinary(new byte[]{1, 2, 3});

            assertCallError(charger.awaitJson(), "-1", v.unreadable);
            assertStillAnswers(charger, v);
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void a_frame_over_the_size_limit_is_refused_with_its_id_and_one_just_under_it_is_handled(Version v) {
        try (OcppTestClient charger = connect("pipeline-big-" + v, v.subprotocol)) {
            String filler = "x".repeat(70_000);
            charger.sendText("[2,\"big-1\",\"Heartbeat\",{\"note\":\"" + filler + "\"}]");

            assertCallError(charger.awaitJson(), "big-1", v.badPayload);

            // 20 KiB: more than Tomcat's 8 KiB buffer, so it arrives in parts and is joined.
            charger.sendText("[2,\"big-2\",\"Heartbeat\",{}" + " ".repeat(20_000) + "]");
            assertThat(charger.awaitJson().toString())
                    .isEqualTo("[3,\"big-2\",{\"currentTime\":\"" + v.heartbeatTime + "\"}]");
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void calls_of_one_connection_are_answered_in_order(Version v) {
        try (OcppTestClient charger = connect("pipeline-order-" + v, v.subprotocol)) {
            for (int i = 0; i < 20; i++) {
                charger.sendText("[2,\"o-" + i + "\",\"Heartbeat\",{}]");
            }
            for (int i = 0; i < 20; i++) {
                assertThat(charger.awaitJson().get(1).asString()).isEqualTo("o-" + i);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void every_inbound_and_outbound_frame_is_logged_at_debug_with_the_charger_and_message_id() {
        Logger frames = (Logger) LoggerFactory.getLogger("io.busbar.gateway.frames");
        Level configured = frames.getLevel(); // the logging system is shared by every test context in the JVM
        frames.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        frames.addAppender(captured);
        try (OcppTestClient charger = connect("pipeline-log", "ocpp1.6")) {
            charger.sendText("[2,\"log-1\",\"Heartbeat\",{}]");
            charger.awaitJson();

            await().until(() -> captured.list.size() >= 2);
            assertThat(captured.list).allSatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
                assertThat(event.getMDCPropertyMap()).containsEntry("charger", "pipeline-log")
                        .containsEntry("messageId", "log-1");
            });
            assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                    "<< [2,\"log-1\",\"Heartbeat\",{}]",
                    ">> [3,\"log-1\",{\"currentTime\":\"2026-11-23T10:00:00Z\"}]");
        } finally {
            frames.detachAppender(captured);
            frames.setLevel(configured);
        }
    }

    private static void assertCallError(JsonNode frame, String messageId, String errorCode) {
        assertThat(frame.isArray()).as("frame %s", frame).isTrue();
        assertThat(frame.get(0).asInt()).as("CALLERROR type in %s", frame).isEqualTo(4);
        assertThat(frame.get(1).asString()).as("message id in %s", frame).isEqualTo(messageId);
        assertThat(frame.get(2).asString()).as("error code in %s", frame).isEqualTo(errorCode);
        assertThat(frame.get(4).isObject()).as("errorDetails in %s", frame).isTrue();
    }

    private static void assertStillAnswers(OcppTestClient charger, Version v) {
        charger.sendText("[2,\"after\",\"Heartbeat\",{}]");
        assertThat(charger.awaitJson().toString())
                .isEqualTo("[3,\"after\",{\"currentTime\":\"" + v.heartbeatTime + "\"}]");
    }
}
