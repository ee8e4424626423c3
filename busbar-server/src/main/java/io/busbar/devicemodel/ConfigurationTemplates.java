package io.busbar.devicemodel;

import io.busbar.chargers.ChargerIdentity;

import java.util.List;
import java.util.Optional;

/** The configuration templates and which one applies to a charger. */
public interface ConfigurationTemplates {
    /**
     * @throws InvalidSettingException     a name, match rule or setting value that cannot be valid
     * @throws TemplateNameTakenException another template has this name
     */
    ConfigurationTemplate create(TemplateDefinition definition);

    /** Replaces the template's definition. @throws TemplateNotFoundException, and as {@link #create} */
    ConfigurationTemplate replace(TemplateId id, TemplateDefinition definition);

    /** @throws TemplateNotFoundException */
    void delete(TemplateId id);

    Optional<ConfigurationTemplate> find(TemplateId id);

    /** Ordered by name; {@code after} is an exclusive cursor (a name), null for the first page. */
    List<ConfigurationTemplate> list(String after, int limit);

    /** The template that applies to the charger (see {@link ConfigurationTemplate}), if any. */
    Optional<ConfigurationTemplate> applicableTo(ChargerIdentity charger, String vendor, String model);
}
