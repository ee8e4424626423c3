package io.busbar.api.keys;

import io.busbar.tenants.Scope;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;

/**
 * Makes sure the platform operator can reach the API after start-up, before the web server accepts requests
 * (the key belongs to the default tenant and may also create tenants):
 * <ul>
 *   <li>with {@code busbar.api.admin-api-key} set, a key with that value exists (only its hash is stored;
 *       idempotent across restarts; a key an operator revoked stays revoked);</li>
 *   <li>otherwise, when no active key exists at all, an admin key is generated and printed once to the
 *       console: never to the log, whose files outlive the moment.</li>
 * </ul>
 */
@Component
class AdminApiKeyBootstrap implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(AdminApiKeyBootstrap.class);
    static final String CONFIGURED_KEY_NAME = "admin (configured)";
    static final String GENERATED_KEY_NAME = "admin (generated)";
    /** The first key runs the platform: everything in the default tenant, and the tenants themselves. */
    static final Set<Scope> PLATFORM_ADMIN = Set.of(Scope.ADMIN, Scope.PLATFORM);

    private final ApiProperties properties;
    private final ApiKeys keys;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PrintStream console;

    AdminApiKeyBootstrap(ApiProperties properties, ApiKeys keys, TransactionTemplate transactions, Clock clock) {
        this.properties = properties;
        this.keys = keys;
        this.transactions = transactions;
        this.clock = clock;
        this.console = System.out;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ApiKeySecret generated = transactions.execute(status -> {
            keys.lockKeySet();
            if (properties.adminKeyConfigured()) {
                ensureConfiguredKey(configuredSecret());
                return null;
            }
            return keys.countActiveManagers(TenantId.DEFAULT) == 0 ? generate() : null;
        });
        // Printed only after the commit: a key shown but never stored would be worse than none.
        if (generated != null) {
            print(generated);
        }
    }

    private ApiKeySecret configuredSecret() {
        try {
            return new ApiKeySecret(properties.adminApiKey().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("busbar.api.admin-api-key (BUSBAR_ADMIN_API_KEY) must have at least "
                    + "16 characters; better, leave it empty and let Busbar generate one", e);
        }
    }

    private void ensureConfiguredKey(ApiKeySecret secret) {
        keys.findByValue(secret).ifPresentOrElse(existing -> {
            if (!existing.active()) {
                log.warn("The configured admin API key ({}) was revoked and stays revoked; "
                        + "set a new BUSBAR_ADMIN_API_KEY", secret);
            }
        }, () -> {
            keys.insert(TenantId.DEFAULT, CONFIGURED_KEY_NAME, secret, PLATFORM_ADMIN, clock.instant());
            log.info("Stored the configured admin API key ({})", secret);
        });
    }

    private ApiKeySecret generate() {
        ApiKeySecret secret = ApiKeySecret.generate(new SecureRandom());
        keys.insert(TenantId.DEFAULT, GENERATED_KEY_NAME, secret, PLATFORM_ADMIN, clock.instant());
        log.info("Generated an admin API key ({}); it is printed to the console once", secret);
        return secret;
    }

    private void print(ApiKeySecret secret) {
        String line = "Busbar admin API key (shown once): " + secret.value();
        String note = "Store it now: only its hash is kept. Use it as 'Authorization: Bearer <key>'.";
        int width = Math.max(line.length(), note.length());
        String border = "+" + "-".repeat(width + 2) + "+";
        console.println();
        console.println(border);
        console.println("| " + pad(line, width) + " |");
        console.println("| " + pad(note, width) + " |");
        console.println(border);
        console.println();
        console.flush();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
