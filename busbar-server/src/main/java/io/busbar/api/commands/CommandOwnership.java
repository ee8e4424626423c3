package io.busbar.api.commands;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.commands.CommandId;
import io.busbar.commands.CommandLog;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** An audited command belongs to the tenant of the charger it was sent to. */
@Component
class CommandOwnership implements OwnedResources {
    private final CommandLog log;
    private final ChargerRegistry chargers;

    CommandOwnership(CommandLog log, ChargerRegistry chargers) {
        this.log = log;
        this.chargers = chargers;
    }

    @Override
    public String collection() {
        return "commands";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return log.find(new CommandId(UUID.fromString(id))).flatMap(command -> chargers.tenantOf(command.charger()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As the handler answers an id it does not know. */
    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.COMMAND_NOT_FOUND, "No command " + UUID.fromString(id));
    }
}
