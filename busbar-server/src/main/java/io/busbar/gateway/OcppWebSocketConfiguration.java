package io.busbar.gateway;

import io.busbar.ocpp.rpc.RpcCodec;
import io.busbar.ocpp.schema.PayloadBinder;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.ServletContextAware;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;

import java.time.Clock;

/**
 * The OCPP-J endpoint {@code ws(s)://HOST:PORT/ocpp/{identity}} and everything behind it. Works with zero or more
 * {@link InboundHandler}, {@link InboundGate}, {@link ChargerAuthenticator} and {@link ConnectionListener} beans.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(GatewayProperties.class)
public class OcppWebSocketConfiguration implements ServletContextAware {
    /**
     * Tomcat allocates a text buffer of this many chars (plus a binary buffer) for every session up front: 8 KiB
     * keeps 20,000 sessions affordable; larger frames arrive in parts and are joined up to max-frame-size.
     */
    static final int TOMCAT_TEXT_BUFFER_CHARS = 8 * 1024;
    static final int TOMCAT_BINARY_BUFFER_BYTES = 1024;

    @Bean
    @ConditionalOnMissingBean
    RpcCodec rpcCodec() {
        return new RpcCodec();
    }

    @Bean
    @ConditionalOnMissingBean
    PayloadBinder payloadBinder() {
        return new PayloadBinder();
    }

    @Bean
    GatewayTimers gatewayTimers() {
        return new GatewayTimers();
    }

    @Bean
    RpcServices rpcServices(RpcCodec codec, PayloadBinder binder, GatewayTimers timers, GatewayProperties properties) {
        return new RpcServices(codec, binder, timers, properties.callTimeout());
    }

    @Bean
    ConnectionRegistry connectionRegistry(ObjectProvider<ConnectionListener> listeners, Clock clock) {
        return new ConnectionRegistry(listeners.orderedStream().toList(), clock);
    }

    @Bean
    InboundDispatcher inboundDispatcher(ObjectProvider<InboundHandler<?, ?>> handlers,
                                        ObjectProvider<InboundGate> gates, RpcServices rpc) {
        return new InboundDispatcher(new HandlerTable(handlers.orderedStream().toList(), rpc.binder()),
                gates.orderedStream().toList(), rpc);
    }

    @Bean
    ChargerLink chargerLink(ConnectionRegistry registry, RpcServices rpc) {
        return new GatewayChargerLink(registry, rpc);
    }

    @Bean
    LivenessMonitor livenessMonitor(ConnectionRegistry registry, GatewayTimers timers, GatewayProperties properties) {
        return new LivenessMonitor(registry, timers, properties.pingInterval());
    }

    @Bean
    OcppWebSocketHandler ocppWebSocketHandler(ConnectionRegistry registry, InboundDispatcher dispatcher,
                                              RpcServices rpc, Clock clock, GatewayProperties properties) {
        return new OcppWebSocketHandler(registry, dispatcher, rpc, clock, (int) properties.maxFrameSize().toBytes());
    }

    @Bean
    WebSocketConfigurer ocppEndpoint(OcppWebSocketHandler handler, ObjectProvider<ChargerAuthenticator> authenticators) {
        var handshake = new ChargerHandshake(authenticators.orderedStream().toList());
        // "/ocpp/**" rather than "/ocpp/*" so that a nested or empty identity reaches the handshake and gets 400.
        // Chargers are not browsers: any Origin header they send is accepted.
        return registry -> registry.addHandler(handler, "/ocpp", "/ocpp/**")
                .addInterceptors(handshake)
                .setAllowedOriginPatterns("*");
    }

    /**
     * Sizes Tomcat's WebSocket container. Done here rather than with {@code ServletServerContainerFactoryBean},
     * which fails in contexts without a running server (a {@code @SpringBootTest} with a mock environment).
     * No idle timeout: liveness is the {@link LivenessMonitor}'s job.
     */
    @Override
    public void setServletContext(ServletContext servletContext) {
        if (servletContext.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
            container.setDefaultMaxTextMessageBufferSize(TOMCAT_TEXT_BUFFER_CHARS);
            container.setDefaultMaxBinaryMessageBufferSize(TOMCAT_BINARY_BUFFER_BYTES);
            container.setDefaultMaxSessionIdleTimeout(0);
        }
    }
}
