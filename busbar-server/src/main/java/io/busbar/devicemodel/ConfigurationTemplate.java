package io.busbar.devicemodel;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The settings a set of chargers should have. It applies to the chargers listed in {@code chargers}, or (when that
 * list is empty) to chargers of {@code vendor} and/or {@code model} (case-insensitive; null = any); a template with
 * neither applies to every charger. When several apply, the most specific wins (listed identity, then vendor and
 * model, then vendor or model alone, then catch-all), then the higher {@code priority}, then the name.
 * {@code settings} maps setting names (common names, 1.6 keys or 2.0.1 variables, see {@link Settings}) to the
 * desired value; {@code autoCorrect} makes every check (including the one at boot) set what differs.
 */
public record ConfigurationTemplate(TemplateId id, String name, String vendor, String model, List<String> chargers,
                                    Map<String, String> settings, boolean autoCorrect, int priority,
                                    Instant createdAt, Instant updatedAt) {
    /** How specific this template is for a charger it matches: 3 listed, 2 vendor+model, 1 one of them, 0 any. */
    public int specificity() {
        if (!chargers.isEmpty()) {
            return 3;
        }
        return (vendor == null ? 0 : 1) + (model == null ? 0 : 1);
    }

    /** Whether this template is meant for a charger with this identity, vendor and model. */
    public boolean matches(String identity, String chargerVendor, String chargerModel) {
        if (!chargers.isEmpty()) {
            return chargers.contains(identity);
        }
        return (vendor == null || vendor.equalsIgnoreCase(chargerVendor))
                && (model == null || model.equalsIgnoreCase(chargerModel));
    }
}
