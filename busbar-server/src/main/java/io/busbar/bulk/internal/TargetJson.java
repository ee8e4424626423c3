package io.busbar.bulk.internal;

import io.busbar.bulk.BulkTarget;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerTag;
import io.busbar.chargers.SiteId;
import tools.jackson.databind.ObjectMapper;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A {@link BulkTarget} as stored with its job: plain JSON with sorted lists, readable in the database. */
final class TargetJson {
    private final ObjectMapper json;

    TargetJson(ObjectMapper json) {
        this.json = json;
    }

    String write(BulkTarget target) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sites", sorted(target.sites(), SiteId::toString));
        map.put("vendor", target.vendor());
        map.put("model", target.model());
        map.put("firmwareVersions", sorted(target.firmwareVersions(), Function.identity()));
        map.put("tags", sorted(target.tags(), ChargerTag::value));
        map.put("identities", sorted(target.identities(), ChargerIdentity::value));
        return json.writeValueAsString(map);
    }

    BulkTarget read(String text) {
        Stored stored = json.readValue(text, Stored.class);
        return new BulkTarget(
                stored.sites() == null ? null : stored.sites().stream().map(s -> new SiteId(UUID.fromString(s)))
                        .collect(Collectors.toSet()),
                stored.vendor(), stored.model(),
                stored.firmwareVersions() == null ? null : java.util.Set.copyOf(stored.firmwareVersions()),
                stored.tags() == null ? null : stored.tags().stream().map(ChargerTag::new).collect(Collectors.toSet()),
                stored.identities() == null ? null : stored.identities().stream().map(ChargerIdentity::new)
                        .collect(Collectors.toSet()));
    }

    private static <T> List<String> sorted(Collection<T> values, Function<T, String> text) {
        return values.stream().map(text).sorted().toList();
    }

    record Stored(List<String> sites, String vendor, String model, List<String> firmwareVersions, List<String> tags,
                  List<String> identities) {
    }
}
