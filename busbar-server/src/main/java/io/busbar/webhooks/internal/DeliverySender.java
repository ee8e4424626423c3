package io.busbar.webhooks.internal;

import io.busbar.platform.WebhookSigner;
import io.busbar.webhooks.DeliveryId;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * POSTs one event, signed; a 2xx answer is a delivery, anything else (another status, no answer in time, a refused
 * connection) a failed attempt. Redirects are not followed: a receiver that moved must be re-subscribed.
 */
@Component
class DeliverySender {
    static final String EVENT_ID = "Busbar-Event-Id";
    static final String DELIVERY_ID = "Busbar-Delivery-Id";
    static final String TIMESTAMP = "Busbar-Timestamp";
    private static final int MAX_ERROR = 500;

    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;

    DeliverySender(WebhookProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        // HTTP/1.1: the JDK's default HTTP/2 offers an h2c upgrade on plain http, which some receivers and proxies
        // mishandle; webhook bodies are small, HTTP/2 buys nothing here.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** @throws InterruptedException when Busbar stops mid-send (the delivery stays due) */
    Outcome send(URI url, String secret, DeliveryId delivery, UUID event, String body) throws InterruptedException {
        Instant at = clock.instant();
        long timestamp = at.getEpochSecond();
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(url)
                    .timeout(properties.readTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Busbar-Webhooks/1")
                    .header(EVENT_ID, event.toString())
                    .header(DELIVERY_ID, delivery.toString())
                    .header(TIMESTAMP, Long.toString(timestamp))
                    .header(WebhookSigner.HEADER, WebhookSigner.header(secret, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Outcome(at, millisSince(started), status, status / 100 == 2 ? null : "HTTP " + status);
        } catch (IOException | IllegalArgumentException e) {
            String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Outcome(at, millisSince(started), null,
                    error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** @param error null for a 2xx */
    record Outcome(Instant at, long durationMillis, Integer httpStatus, String error) {
        boolean succeeded() {
            return error == null;
        }
    }
}
