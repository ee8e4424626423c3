package io.busbar.dashboard;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

import java.net.URI;
import java.util.Arrays;

/**
 * Where the console reaches this node's own REST API: plain HTTP on the loopback interface. When the server runs
 * TLS (security profile 2/3 keystore), Tomcat gets one more connector bound to 127.0.0.1 only, so the console
 * never needs to trust its own certificate and nothing outside the machine reaches the plain port.
 */
@Configuration(proxyBeanMethods = false)
class ApiAddress {
    private static final String LOOPBACK = "127.0.0.1";
    private final Environment environment;
    private volatile URI base;

    ApiAddress(Environment environment) {
        this.environment = environment;
    }

    URI base() {
        URI known = base;
        if (known == null) {
            throw new ApiProblem(503, "The console is starting", "Busbar's web server is not ready yet", java.util.Map.of());
        }
        return known;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> consoleLoopbackConnector() {
        return factory -> {
            if (tlsConfigured()) {
                Connector loopback = new Connector();
                loopback.setPort(0);
                loopback.setProperty("address", LOOPBACK);
                factory.addAdditionalConnectors(loopback);
            }
        };
    }

    @EventListener
    void onStarted(ServletWebServerInitializedEvent event) {
        int port = event.getWebServer().getPort();
        if (tlsConfigured() && event.getWebServer() instanceof TomcatWebServer tomcat) {
            // The one connector without TLS is ours (its "address" property reads back as an InetAddress).
            port = Arrays.stream(tomcat.getTomcat().getService().findConnectors())
                    .filter(connector -> connector.findSslHostConfigs().length == 0)
                    .mapToInt(Connector::getLocalPort).findFirst().orElse(port);
        }
        base = URI.create("http://" + LOOPBACK + ":" + port);
    }

    private boolean tlsConfigured() {
        return !environment.getProperty("server.ssl.key-store", "").isBlank()
                && environment.getProperty("server.ssl.enabled", Boolean.class, true);
    }
}
