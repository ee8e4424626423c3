package io.busbar.alerts.internal;

import io.busbar.alerts.AlertNotFoundException;
import io.busbar.alerts.AlertRule;
import io.busbar.alerts.AlertRuleId;
import io.busbar.alerts.AlertRuleSpec;
import io.busbar.alerts.AlertRules;
import io.busbar.alerts.EscalationLevel;
import io.busbar.alerts.InvalidAlertRuleException;
import io.busbar.chargers.Sites;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

@Service
class AlertRuleService implements AlertRules {
    private static final int MAX_LEVELS = 5;
    private static final int MAX_TARGETS = 20;
    private static final int MIN_SECRET_LENGTH = 16;
    private static final Duration MAX_DURATION = Duration.ofDays(7);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[^@\\s]+@localhost");

    private final AlertRuleStore store;
    private final Sites sites;
    private final Clock clock;

    AlertRuleService(AlertRuleStore store, Sites sites, Clock clock) {
        this.store = store;
        this.sites = sites;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AlertRule create(TenantId tenant, AlertRuleSpec spec) {
        validate(tenant, spec, false);
        AlertRuleId id = AlertRuleId.random();
        store.insert(tenant, id, spec, clock.instant());
        return store.find(id).orElseThrow().rule();
    }

    @Override
    @Transactional
    public AlertRule update(AlertRuleId id, AlertRuleSpec spec) {
        AlertRuleStore.StoredRule existing = store.find(id).orElseThrow(() -> notFound(id));
        validate(existing.rule().tenant(), spec, existing.webhookSecret() != null);
        store.update(id, spec, clock.instant());
        return store.find(id).orElseThrow().rule();
    }

    @Override
    @Transactional
    public void delete(AlertRuleId id) {
        if (!store.delete(id)) {
            throw notFound(id);
        }
    }

    @Override
    public Optional<AlertRule> find(AlertRuleId id) {
        return store.find(id).map(AlertRuleStore.StoredRule::rule);
    }

    @Override
    public List<AlertRule> list(TenantId tenant) {
        return store.list(tenant).stream().map(AlertRuleStore.StoredRule::rule).toList();
    }

    private void validate(TenantId tenant, AlertRuleSpec spec, boolean hasSecret) {
        if (spec.name() == null || spec.name().isBlank() || spec.name().length() > 200) {
            throw new InvalidAlertRuleException("name", "is required (1 to 200 characters)");
        }
        if (spec.minDuration().isNegative() || spec.minDuration().compareTo(MAX_DURATION) > 0) {
            throw new InvalidAlertRuleException("minDurationSeconds", "must be between 0 and 7 days");
        }
        // another tenant's site is as unknown as one that does not exist
        if (spec.siteId() != null && sites.find(spec.siteId()).filter(site -> site.tenant().equals(tenant)).isEmpty()) {
            throw new InvalidAlertRuleException("siteId", "no site " + spec.siteId());
        }
        List<EscalationLevel> levels = spec.levels();
        if (levels.isEmpty() || levels.size() > MAX_LEVELS) {
            throw new InvalidAlertRuleException("levels", "1 to " + MAX_LEVELS + " escalation levels are needed");
        }
        Duration previous = null;
        boolean webhooks = false;
        for (int i = 0; i < levels.size(); i++) {
            EscalationLevel level = levels.get(i);
            String field = "levels[" + i + "]";
            if (i == 0 && !level.after().isZero()) {
                throw new InvalidAlertRuleException(field + ".afterSeconds", "level 1 is told at once: 0");
            }
            if (previous != null && level.after().compareTo(previous) <= 0) {
                throw new InvalidAlertRuleException(field + ".afterSeconds", "must be later than the level before");
            }
            previous = level.after();
            if (level.webhooks().isEmpty() && level.emails().isEmpty()) {
                throw new InvalidAlertRuleException(field, "needs at least one webhook or e-mail address");
            }
            if (level.webhooks().size() + level.emails().size() > MAX_TARGETS) {
                throw new InvalidAlertRuleException(field, "at most " + MAX_TARGETS + " targets");
            }
            for (URI url : level.webhooks()) {
                if (!url.isAbsolute() || url.getHost() == null
                        || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                    throw new InvalidAlertRuleException(field + ".webhooks", "not an http(s) URL: " + url);
                }
                webhooks = true;
            }
            for (String address : level.emails()) {
                if (address == null || !EMAIL.matcher(address).matches()) {
                    throw new InvalidAlertRuleException(field + ".emails", "not an e-mail address: " + address);
                }
            }
        }
        if (spec.webhookSecret() != null && spec.webhookSecret().length() < MIN_SECRET_LENGTH) {
            throw new InvalidAlertRuleException("webhookSecret", "at least " + MIN_SECRET_LENGTH + " characters");
        }
        if (webhooks && spec.webhookSecret() == null && !hasSecret) {
            throw new InvalidAlertRuleException("webhookSecret", "is required to sign webhooks");
        }
    }

    private static AlertNotFoundException notFound(AlertRuleId id) {
        return new AlertNotFoundException("No alert rule " + id);
    }
}
