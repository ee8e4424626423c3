package io.busbar.gateway;

import io.busbar.testing.OcppTestClient;
import org.junit.jupiter.api.Test;

import static io.busbar.gateway.GatewayTestConfiguration.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The upgrade of {@code /ocpp/{identity}}: subprotocol negotiation, identity rules and HTTP Basic (profiles 1–2). */
class OcppEndpointTest extends GatewayTestBase {

    @Test
    void a_charger_offering_only_ocpp16_gets_ocpp16() {
        try (OcppTestClient charger = connect("nego-16", "ocpp1.6")) {
            assertThat(charger.subprotocol()).isEqualTo("ocpp1.6");
            assertThat(link.connection("nego-16")).hasValueSatisfying(c -> assertThat(c.version().subprotocol())
                    .isEqualTo("ocpp1.6"));
        }
    }

    @Test
    void a_charger_offering_only_ocpp201_gets_ocpp201() {
        try (OcppTestClient charger = connect("nego-201", "ocpp2.0.1")) {
            assertThat(charger.subprotocol()).isEqualTo("ocpp2.0.1");
        }
    }

    @Test
    void the_first_supported_subprotocol_in_the_chargers_order_of_preference_wins() {
        try (OcppTestClient prefers201 = connect("nego-pref-a", "ocpp2.1", "ocpp2.0.1", "ocpp1.6");
             OcppTestClient prefers16 = connect("nego-pref-b", "ocpp1.6", "ocpp2.0.1")) {
            assertThat(prefers201.subprotocol()).isEqualTo("ocpp2.0.1");
            assertThat(prefers16.subprotocol()).isEqualTo("ocpp1.6");
        }
    }

    /** OCPP-J 1.6 §3.1.2, OCPP 2.0.1 Part 4 §3.1.2: complete the upgrade without a subprotocol, then close. */
    @Test
    void a_charger_offering_no_supported_subprotocol_is_closed_with_1002_naming_the_supported_ones() {
        try (OcppTestClient charger = connect("nego-none", "ocpp1.5")) {
            assertThat(charger.subprotocol()).isEmpty();

            OcppTestClient.Closed closed = charger.awaitClose();

            assertThat(closed.code()).isEqualTo(1002);
            assertThat(closed.reason()).contains("ocpp1.6").contains("ocpp2.0.1");
            assertThat(link.isConnected("nego-none")).isFalse();
            assertThat(listener.of("nego-none")).isEmpty();
        }
    }

    @Test
    void a_charger_offering_no_subprotocol_header_at_all_is_closed_with_1002() {
        try (OcppTestClient charger = connect("nego-absent")) {
            assertThat(charger.awaitClose().code()).isEqualTo(1002);
        }
    }

    @Test
    void the_identity_is_url_decoded() {
        try (OcppTestClient charger = connect("CP%20one%2Bplus", "ocpp1.6")) {
            assertThat(link.isConnected("CP one+plus")).isTrue();
        }
    }

    @Test
    void an_identity_of_49_characters_or_an_empty_or_nested_one_is_refused_with_400() {
        assertThat(OcppTestClient.to(port, "x".repeat(49)).subprotocols("ocpp1.6").refusalStatus()).isEqualTo(400);
        assertThat(OcppTestClient.to(port, "").subprotocols("ocpp1.6").refusalStatus()).isEqualTo(400);
        assertThat(OcppTestClient.to(port, "a/b").subprotocols("ocpp1.6").refusalStatus()).isEqualTo(400);
        try (OcppTestClient longest = connect("y".repeat(48), "ocpp1.6")) {
            assertThat(longest.subprotocol()).isEqualTo("ocpp1.6");
        }
    }

    @Test
    void basic_auth_with_the_right_password_is_accepted_and_the_authenticator_gets_the_password() {
        try (OcppTestClient charger = OcppTestClient.to(port, "secured-1").subprotocols("ocpp2.0.1")
                .basicAuth("secured-1", PASSWORD).connect()) {
            assertThat(charger.subprotocol()).isEqualTo("ocpp2.0.1");
            var attempt = authenticator.lastAttemptOf("secured-1");
            assertThat(attempt.basicPassword()).isEqualTo(PASSWORD);
            assertThat(attempt.tls()).isFalse();
            assertThat(attempt.toString()).doesNotContain(PASSWORD);
            await().until(() -> link.isConnected("secured-1"));
            assertThat(link.connection("secured-1")).hasValueSatisfying(c -> assertThat(c.secure()).isFalse());
        }
    }

    @Test
    void basic_auth_with_a_wrong_or_missing_password_is_refused_with_401() {
        assertThat(OcppTestClient.to(port, "secured-2").subprotocols("ocpp1.6").basicAuth("secured-2", "wrong")
                .refusalStatus()).isEqualTo(401);
        assertThat(OcppTestClient.to(port, "secured-2").subprotocols("ocpp1.6").refusalStatus()).isEqualTo(401);
        assertThat(authenticator.lastAttemptOf("secured-2").basicPassword()).isNull();
    }

    @Test
    void basic_auth_naming_another_user_than_the_identity_is_refused_with_401_even_with_its_password() {
        assertThat(OcppTestClient.to(port, "secured-3").subprotocols("ocpp1.6").basicAuth("secured-4", PASSWORD)
                .refusalStatus()).isEqualTo(401);
        assertThat(authenticator.attempts).noneMatch(a -> a.identity().equals("secured-3"));
    }

    @Test
    void malformed_basic_credentials_are_refused_with_401() {
        assertThat(OcppTestClient.to(port, "secured-5").subprotocols("ocpp1.6").authorization("Basic %%%")
                .refusalStatus()).isEqualTo(401);
    }

    @Test
    void an_identity_the_authenticator_does_not_know_is_refused_with_404() {
        assertThat(OcppTestClient.to(port, "unknown-1").subprotocols("ocpp1.6").refusalStatus()).isEqualTo(404);
        assertThat(link.isConnected("unknown-1")).isFalse();
    }

    @Test
    void listeners_hear_of_a_connection_and_of_the_charger_closing_it() {
        OcppTestClient charger = connect("presence-1", "ocpp1.6");
        await().until(() -> listener.of("presence-1").size() == 1);
        ChargerContext context = listener.of("presence-1").getFirst().charger();
        assertThat(context.connectedAt()).isNotNull();
        assertThat(context.remoteAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");

        charger.close();

        await().until(() -> listener.of("presence-1").size() == 2);
        var disconnected = listener.of("presence-1").get(1);
        assertThat(disconnected.kind()).isEqualTo("disconnected");
        assertThat(disconnected.reason()).isEqualTo(ConnectionListener.DisconnectReason.CLOSED_BY_CHARGER);
        assertThat(link.isConnected("presence-1")).isFalse();
    }
}
