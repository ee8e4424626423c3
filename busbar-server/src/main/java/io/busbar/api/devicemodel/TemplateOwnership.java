package io.busbar.api.devicemodel;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.devicemodel.ConfigurationTemplates;
import io.busbar.devicemodel.TemplateId;
import io.busbar.devicemodel.TemplateNotFoundException;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Configuration templates belong to the tenant that wrote them (and only configure that tenant's chargers). */
@Component
class TemplateOwnership implements OwnedResources {
    private final ConfigurationTemplates templates;

    TemplateOwnership(ConfigurationTemplates templates) {
        this.templates = templates;
    }

    @Override
    public String collection() {
        return "configuration-templates";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return templates.tenantOf(new TemplateId(UUID.fromString(id)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As {@link TemplateNotFoundException} is answered (DeviceModelProblems). */
    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND,
                new TemplateNotFoundException(new TemplateId(UUID.fromString(id))).getMessage());
    }
}
