package io.busbar.devicemodel;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.tenants.TenantId;

import java.util.List;
import java.util.Optional;

/**
 * The configuration templates and which one applies to a charger. A template belongs to a tenant and only ever
 * applies to that tenant's chargers.
 */
public interface ConfigurationTemplates {
    /**
     * @param tenant the owner
     * @throws InvalidSettingException     a name, match rule or setting value that cannot be valid, or a listed
     *                                     charger of another tenant
     * @throws TemplateNameTakenException another template of the tenant has this name
     */
    ConfigurationTemplate create(TenantId tenant, TemplateDefinition definition);

    /** Replaces the template's definition. @throws TemplateNotFoundException, and as {@link #create} */
    ConfigurationTemplate replace(TemplateId id, TemplateDefinition definition);

    /** @throws TemplateNotFoundException */
    void delete(TemplateId id);

    Optional<ConfigurationTemplate> find(TemplateId id);

    /** The tenant owning the template, if it exists. */
    Optional<TenantId> tenantOf(TemplateId id);

    /** The tenant's templates ordered by name; {@code after} is an exclusive cursor (a name), null for the first page. */
    List<ConfigurationTemplate> list(TenantId tenant, String after, int limit);

    /** The template of the charger's tenant that applies to it (see {@link ConfigurationTemplate}), if any. */
    Optional<ConfigurationTemplate> applicableTo(ChargerIdentity charger, String vendor, String model);
}
