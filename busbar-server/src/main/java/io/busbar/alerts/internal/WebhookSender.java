package io.busbar.alerts.internal;

import io.busbar.alerts.Alert;
import io.busbar.alerts.Delivery;
import io.busbar.platform.WebhookSigner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

/** POSTs the alert as JSON, signed with the rule's secret; a 2xx answer is a delivery, anything else a failure. */
@Component
class WebhookSender {
    private final ObjectMapper json;
    private final AlertProperties properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(ObjectMapper json, AlertProperties properties, Clock clock) {
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Delivery.Attempt send(DeliveryOutbox.Due due, Alert alert, String secret) throws InterruptedException {
        String body = AlertMessage.json(json, alert, due.id(), due.level());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(due.target()))
                .timeout(properties.webhookTimeout())
                .header("Content-Type", "application/json")
                .header("Busbar-Delivery", due.id().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookSigner.HEADER,
                    WebhookSigner.header(secret, clock.instant().getEpochSecond(), body));
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            boolean ok = response.statusCode() / 100 == 2;
            return new Delivery.Attempt(due.attempt(), clock.instant(), ok, response.statusCode(),
                    ok ? null : "HTTP " + response.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return new Delivery.Attempt(due.attempt(), clock.instant(), false, null,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
