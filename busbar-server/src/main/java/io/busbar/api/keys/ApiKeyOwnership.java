package io.busbar.api.keys;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

@Component
class ApiKeyOwnership implements OwnedResources {
    private final ApiKeys keys;

    ApiKeyOwnership(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public String collection() {
        return "api-keys";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return keys.ownerOf(new ApiKeyId(UUID.fromString(id)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public ProblemException notFound(String id) {
        return new ApiKeyNotFoundException(new ApiKeyId(UUID.fromString(id)));
    }
}
