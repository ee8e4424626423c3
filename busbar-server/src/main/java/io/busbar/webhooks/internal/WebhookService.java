package io.busbar.webhooks.internal;

import io.busbar.platform.SecretBox;
import io.busbar.tenants.TenantId;
import io.busbar.webhooks.DeliveryId;
import io.busbar.webhooks.EventType;
import io.busbar.webhooks.InvalidWebhookException;
import io.busbar.webhooks.Webhook;
import io.busbar.webhooks.WebhookDeliveries;
import io.busbar.webhooks.WebhookDelivery;
import io.busbar.webhooks.WebhookId;
import io.busbar.webhooks.WebhookSpec;
import io.busbar.webhooks.WebhookWithSecret;
import io.busbar.webhooks.Webhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Subscriptions: secrets generated here, shown once, sealed before they reach the database. */
@Service
class WebhookService implements Webhooks {
    private static final Logger log = LoggerFactory.getLogger(WebhookService.class);
    private static final int SECRET_BYTES = 32;
    private static final int MAX_DESCRIPTION = 500;

    private final SubscriptionStore store;
    private final EventLog events;
    private final WebhookDeliveries deliveries;
    private final SecretBox secrets;
    private final WebhookProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WebhookService(SubscriptionStore store, EventLog events, WebhookDeliveries deliveries, SecretBox secrets,
                   WebhookProperties properties, ObjectMapper json, Clock clock) {
        this.store = store;
        this.events = events;
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public WebhookWithSecret create(TenantId tenant, WebhookSpec spec) {
        check(spec);
        Instant now = clock.instant();
        Webhook webhook = new Webhook(WebhookId.random(), tenant, spec.url(), spec.eventTypes(),
                description(spec.description()), spec.active(), now, now);
        String secret = newSecret();
        store.insert(webhook, secrets.seal(secret, DeliveryWorker.SECRET_PURPOSE));
        log.info("Webhook {} of tenant {} subscribed to {} at {}", webhook.id(), tenant,
                webhook.eventTypes().isEmpty() ? "all events" : webhook.eventTypes(), webhook.url().getHost());
        return new WebhookWithSecret(webhook, secret);
    }

    @Override
    @Transactional
    public Optional<Webhook> update(TenantId tenant, WebhookId id, WebhookSpec spec) {
        check(spec);
        WebhookSpec cleaned = new WebhookSpec(spec.url(), spec.eventTypes(), description(spec.description()),
                spec.active());
        return store.update(tenant, id, cleaned, clock.instant()) ? store.find(tenant, id) : Optional.empty();
    }

    @Override
    @Transactional
    public boolean delete(TenantId tenant, WebhookId id) {
        return store.delete(tenant, id);
    }

    @Override
    public Optional<Webhook> find(TenantId tenant, WebhookId id) {
        return store.find(tenant, id);
    }

    @Override
    public List<Webhook> list(TenantId tenant) {
        return store.list(tenant);
    }

    @Override
    @Transactional
    public Optional<WebhookWithSecret> rotateSecret(TenantId tenant, WebhookId id) {
        String secret = newSecret();
        if (!store.replaceSecret(tenant, id, secrets.seal(secret, DeliveryWorker.SECRET_PURPOSE), clock.instant())) {
            return Optional.empty();
        }
        log.info("Webhook {} got a new signing secret", id);
        return store.find(tenant, id).map(webhook -> new WebhookWithSecret(webhook, secret));
    }

    @Override
    @Transactional
    public Optional<WebhookDelivery> ping(TenantId tenant, WebhookId id) {
        if (store.find(tenant, id).isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        DeliveryId delivery = events.recordFor(id, new WebhookEvent(EventType.WEBHOOK_PING.literal() + ":"
                + UUID.randomUUID(), tenant, EventType.WEBHOOK_PING, null, now,
                json.createObjectNode().put("webhookId", id.toString())));
        return deliveries.find(tenant, delivery);
    }

    @Override
    public Optional<TenantId> ownerOf(WebhookId id) {
        return store.ownerOf(id);
    }

    private void check(WebhookSpec spec) {
        UrlPolicy.check(spec.url(), properties.allowHttp());
        if (spec.eventTypes().stream().anyMatch(type -> !type.subscribable())) {
            throw new InvalidWebhookException("eventTypes", EventType.WEBHOOK_PING.literal()
                    + " is sent by the test operation only");
        }
        if (spec.description() != null && spec.description().length() > MAX_DESCRIPTION) {
            throw new InvalidWebhookException("description", "at most " + MAX_DESCRIPTION + " characters");
        }
    }

    private static String description(String description) {
        return description == null || description.isBlank() ? null : description.strip();
    }

    /** 256 random bits, prefixed so a leaked one is recognisable (and greppable) as a Busbar webhook secret. */
    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
