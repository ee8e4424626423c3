package io.busbar.gateway;

import io.busbar.gateway.ChargerAuthenticator.ConnectAttempt;
import io.busbar.gateway.ChargerAuthenticator.ConnectDecision;
import io.busbar.gateway.ConnectionListener.DisconnectReason;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcError;
import io.busbar.ocpp.rpc.RpcException;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * A slim application: the gateway, test handlers, a test authenticator, gate and listener; no database.
 * A {@code @TestConfiguration} so that the component scan of the real application's tests skips it.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class},
        excludeName = {
                "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
                "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
                "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration"})
@Import(OcppWebSocketConfiguration.class)
public class GatewayTestConfiguration {
    public static final String SECURED_PREFIX = "secured-";
    public static final String PASSWORD = "correct horse battery staple";
    public static final String UNKNOWN_PREFIX = "unknown-";

    @Bean
    java.time.Clock clock() {
        return java.time.Clock.systemUTC();
    }

    @Bean
    InboundHandler<?, ?> heartbeat16() {
        return new TestHandler<>(TestActions.heartbeat(OcppVersion.V16), (charger, request) ->
                new TestActions.HeartbeatResponse("2026-11-23T10:00:00Z"));
    }

    @Bean
    InboundHandler<?, ?> heartbeat201() {
        return new TestHandler<>(TestActions.heartbeat(OcppVersion.V201), (charger, request) ->
                new TestActions.HeartbeatResponse("2026-11-23T10:00:01Z"));
    }

    @Bean
    InboundHandler<?, ?> explode16() {
        return exploding(TestActions.explode(OcppVersion.V16));
    }

    @Bean
    InboundHandler<?, ?> explode201() {
        return exploding(TestActions.explode(OcppVersion.V201));
    }

    @Bean
    InboundHandler<?, ?> guarded16() {
        return new TestHandler<>(TestActions.guarded(OcppVersion.V16), (charger, request) ->
                new TestActions.HeartbeatResponse("never"));
    }

    @Bean
    InboundHandler<?, ?> guarded201() {
        return new TestHandler<>(TestActions.guarded(OcppVersion.V201), (charger, request) ->
                new TestActions.HeartbeatResponse("never"));
    }

    /**
     * Like a domain reaction to a BootNotification (the drift check): another thread calls the charger while its
     * call is being handled; the handler answers only once that call was handed to the gateway.
     */
    @Bean
    InboundHandler<?, ?> reacting16(org.springframework.beans.factory.ObjectProvider<ChargerLink> link) {
        return new TestHandler<>(TestActions.reacting(OcppVersion.V16), (charger, request) -> {
            Thread reaction = Thread.ofVirtual().start(() ->
                    link.getObject().call(charger.identity(), TestActions.reset(OcppVersion.V16), new TestActions.Reset("Soft")));
            try {
                reaction.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new TestActions.HeartbeatResponse("2026-11-27T10:00:00Z");
        });
    }

    @Bean
    InboundGate refuseGuarded() {
        return (charger, action) -> {
            if (action.name().equals("Guarded")) {
                throw new RpcException(RpcError.SECURITY_ERROR, "Not allowed before the charger is accepted");
            }
        };
    }

    @Bean
    RecordingAuthenticator recordingAuthenticator() {
        return new RecordingAuthenticator();
    }

    @Bean
    RecordingListener recordingListener() {
        return new RecordingListener();
    }

    private static InboundHandler<?, ?> exploding(Action<TestActions.Heartbeat, TestActions.HeartbeatResponse> action) {
        return new TestHandler<>(action, (charger, request) -> {
            throw new IllegalStateException("handler bug");
        });
    }

    record TestHandler<Q, R>(Action<Q, R> action, BiFunction<ChargerContext, Q, R> body) implements InboundHandler<Q, R> {
        @Override
        public R handle(ChargerContext charger, Q request) {
            return body.apply(charger, request);
        }
    }

    /** Accepts everyone except: {@code secured-*} needs {@link #PASSWORD}, {@code unknown-*} is unknown. */
    public static final class RecordingAuthenticator implements ChargerAuthenticator {
        public final List<ConnectAttempt> attempts = new CopyOnWriteArrayList<>();

        @Override
        public ConnectDecision authenticate(ConnectAttempt attempt) {
            attempts.add(attempt);
            if (attempt.identity().startsWith(UNKNOWN_PREFIX)) {
                return ConnectDecision.REJECT_UNKNOWN;
            }
            if (attempt.identity().startsWith(SECURED_PREFIX) && !PASSWORD.equals(attempt.basicPassword())) {
                return ConnectDecision.REJECT_UNAUTHORIZED;
            }
            return ConnectDecision.ACCEPT;
        }

        public ConnectAttempt lastAttemptOf(String identity) {
            return attempts.reversed().stream().filter(a -> a.identity().equals(identity)).findFirst().orElseThrow();
        }
    }

    public record Event(String kind, ChargerContext charger, DisconnectReason reason, Instant at) {
    }

    public static final class RecordingListener implements ConnectionListener {
        public final List<Event> events = new CopyOnWriteArrayList<>();

        @Override
        public void connected(ChargerContext charger) {
            events.add(new Event("connected", charger, null, null));
        }

        @Override
        public void disconnected(ChargerContext charger, DisconnectReason reason, Instant at) {
            events.add(new Event("disconnected", charger, reason, at));
        }

        public List<Event> of(String identity) {
            return events.stream().filter(e -> e.charger().identity().equals(identity)).toList();
        }
    }
}
