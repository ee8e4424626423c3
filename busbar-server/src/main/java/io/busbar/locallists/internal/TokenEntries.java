package io.busbar.locallists.internal;

import io.busbar.authorization.IdTokens;
import io.busbar.authorization.TokenRecord;
import io.busbar.locallists.SendLocalList.Entry;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The token registry as local-list entries. A full list holds at most {@code busbar.local-list.max-entries} (1000)
 * tokens: the usable ones first (in value order), then blocked and expired ones, which only matter to a charger
 * configured to accept unknown tokens offline. Chargers have a limit of their own (1.6 SendLocalListMaxLength,
 * 2.0.1 ItemsPerMessage/BytesPerMessage of SendLocalList): set this setting at or below it.
 */
@Component
class TokenEntries {
    private static final Logger log = LoggerFactory.getLogger(TokenEntries.class);
    private static final int PAGE = 1000;
    private static final String AUTHORIZED = "Accepted";
    private final IdTokens tokens;
    private final int maxEntries;

    TokenEntries(IdTokens tokens, @Value("${busbar.local-list.max-entries:1000}") int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("busbar.local-list.max-entries must be at least 1");
        }
        this.tokens = tokens;
        this.maxEntries = maxEntries;
    }

    /** The tenant's tokens only: a charger never learns another tenant's tokens (issue 7). */
    List<Entry> all(TenantId tenant, Instant now) {
        List<Entry> usable = new ArrayList<>();
        List<Entry> refused = new ArrayList<>();
        String after = null;
        // Bounded by the registry's size: each page moves the cursor forward.
        while (true) {
            List<TokenRecord> page = tokens.list(tenant, after, PAGE);
            for (TokenRecord token : page) {
                Entry entry = entry(token, now);
                (AUTHORIZED.equals(entry.status()) ? usable : refused).add(entry);
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.getLast().token().value();
        }
        List<Entry> list = new ArrayList<>(usable);
        list.addAll(refused);
        if (list.size() > maxEntries) {
            log.warn("Local list truncated to {} of {} tokens (busbar.local-list.max-entries)", maxEntries,
                    list.size());
            return List.copyOf(list.subList(0, maxEntries));
        }
        return list;
    }

    /** The token's verdict now, as the charger should apply it offline. */
    static Entry entry(TokenRecord token, Instant now) {
        String status = token.blocked() ? "Blocked"
                : token.expiresAt() != null && !token.expiresAt().isAfter(now) ? "Expired" : AUTHORIZED;
        return new Entry(token.token().value(), token.token().type().name(), status, token.expiresAt(),
                token.groupId());
    }
}
