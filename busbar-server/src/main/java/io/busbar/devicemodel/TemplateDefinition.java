package io.busbar.devicemodel;

import java.util.List;
import java.util.Map;

/** What an operator writes to create or replace a {@link ConfigurationTemplate}. */
public record TemplateDefinition(String name, String vendor, String model, List<String> chargers,
                                 Map<String, String> settings, boolean autoCorrect, int priority) {
    public TemplateDefinition {
        chargers = chargers == null ? List.of() : List.copyOf(chargers);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
