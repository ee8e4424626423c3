package io.busbar.dashboard.overview;

import io.busbar.dashboard.ConsoleApi;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the network's state through the API: every EVSE's availability, which chargers are offline, and the sites.
 * Three calls for the live overview (a few per second per open page at most, see ADR 0015); the sites list also
 * counts the chargers per site.
 */
@Component
public class NetworkStatusReader {
    /** 500 per page (the API's maximum) × 40 pages: 20,000 chargers, about what one node can hold. */
    static final int PAGE = 500;
    static final int MAX_PAGES = 40;

    /** The counts per site and in total, as {@code calls}' operator may see them. */
    public NetworkStatus read(ConsoleApi.Calls calls) {
        return read(calls, false);
    }

    /** As {@link #read(ConsoleApi.Calls)}, with the number of chargers registered at each site. */
    public NetworkStatus readWithChargers(ConsoleApi.Calls calls) {
        return read(calls, true);
    }

    private NetworkStatus read(ConsoleApi.Calls calls, boolean countChargers) {
        Set<String> offline = new HashSet<>();
        Map<String, Integer> chargersPerSite = new HashMap<>();
        eachCharger(calls, countChargers ? Map.of() : Map.of("online", false), charger -> {
            if (!charger.path("online").asBoolean(false)) {
                offline.add(charger.path("identity").asString());
            }
            chargersPerSite.merge(siteKey(charger.path("siteId")), 1, Integer::sum);
        });
        Map<String, EvseCounts> counts = new HashMap<>();
        EvseCounts total = EvseCounts.NONE;
        for (JsonNode evse : calls.get("/api/v1/availability", Map.of()).path("items")) {
            EvseCategory category = EvseCategory.of(evse.path("availability").asString(),
                    !offline.contains(evse.path("chargerId").asString()));
            counts.merge(siteKey(evse.path("siteId")), EvseCounts.NONE.plus(category), NetworkStatusReader::sum);
            total = total.plus(category);
        }
        Map<String, SiteStatus> sites = new LinkedHashMap<>();
        for (JsonNode site : calls.get("/api/v1/sites", Map.of()).path("items")) {
            String id = site.path("id").asString();
            JsonNode location = site.path("location");
            sites.put(id, new SiteStatus(id, site.path("name").asString(), site.path("address").asString(null),
                    location.path("latitude").isNumber() ? location.path("latitude").asDouble() : null,
                    location.path("longitude").isNumber() ? location.path("longitude").asDouble() : null,
                    counts.getOrDefault(id, EvseCounts.NONE), countChargers ? chargersPerSite.getOrDefault(id, 0) : -1));
        }
        List<SiteStatus> result = new ArrayList<>(sites.values());
        // Chargers registered without a site still count in the totals: they get a row of their own.
        int unsited = countChargers ? chargersPerSite.getOrDefault("", 0) : -1;
        EvseCounts unsitedCounts = counts.getOrDefault("", EvseCounts.NONE);
        if (unsitedCounts.total() > 0 || unsited > 0) {
            result.add(new SiteStatus(null, SiteStatus.NO_SITE, null, null, null, unsitedCounts, unsited));
        }
        return new NetworkStatus(total, result);
    }

    private static void eachCharger(ConsoleApi.Calls calls, Map<String, Object> filter, Consumer<JsonNode> action) {
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, Object> query = new HashMap<>(filter);
            query.put("limit", PAGE);
            if (after != null) {
                query.put("after", after);
            }
            JsonNode answer = calls.get("/api/v1/chargers", query);
            answer.path("items").forEach(action);
            after = answer.path("next").isString() ? answer.path("next").asString() : null;
            if (after == null || after.isBlank()) {
                return;
            }
        }
    }

    private static String siteKey(JsonNode siteId) {
        return siteId.isString() ? siteId.asString() : "";
    }

    private static EvseCounts sum(EvseCounts a, EvseCounts b) {
        return new EvseCounts(a.available() + b.available(), a.charging() + b.charging(), a.faulted() + b.faulted(),
                a.offline() + b.offline(), a.other() + b.other());
    }
}
