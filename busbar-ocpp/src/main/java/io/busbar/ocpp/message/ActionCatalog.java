package io.busbar.ocpp.message;

import io.busbar.ocpp.rpc.OcppVersion;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The actions Busbar has typed messages for, in one version. */
public final class ActionCatalog {
    private final OcppVersion version;
    private final Map<String, Action<?, ?>> byName = new LinkedHashMap<>();

    public ActionCatalog(OcppVersion version, List<Action<?, ?>> actions) {
        this.version = version;
        for (Action<?, ?> action : actions) {
            if (action.version() != version) {
                throw new IllegalArgumentException(action + " is not a " + version + " action");
            }
            if (byName.putIfAbsent(action.name(), action) != null) {
                throw new IllegalArgumentException("Duplicate action " + action);
            }
        }
    }

    public OcppVersion version() {
        return version;
    }

    public Optional<Action<?, ?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<Action<?, ?>> all() {
        return byName.values();
    }

    public List<Action<?, ?>> initiatedBy(Initiator initiator) {
        return byName.values().stream().filter(a -> a.initiator() == initiator).toList();
    }
}
