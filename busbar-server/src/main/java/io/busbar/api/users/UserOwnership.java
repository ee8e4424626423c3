package io.busbar.api.users;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.tenants.OperatorUsers;
import io.busbar.tenants.TenantId;
import io.busbar.tenants.UserId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

@Component
class UserOwnership implements OwnedResources {
    private final OperatorUsers users;

    UserOwnership(OperatorUsers users) {
        this.users = users;
    }

    @Override
    public String collection() {
        return "users";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return users.ownerOf(new UserId(UUID.fromString(id)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public ProblemException notFound(String id) {
        return notFoundProblem(id);
    }

    static ProblemException notFoundProblem(String id) {
        return new ProblemException(ProblemType.USER_NOT_FOUND, "No user " + id);
    }
}
