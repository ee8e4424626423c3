package io.busbar.commands.internal;

import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandTypes;
import io.busbar.commands.InvalidCommandException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The command records contributed as {@link CommandType} beans, converted with the application's ObjectMapper. */
@Component
class CatalogCommandTypes implements CommandTypes {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private final Map<String, CommandType<?>> byName = new TreeMap<>();
    private final ObjectMapper json;

    CatalogCommandTypes(java.util.List<CommandType<?>> types, ObjectMapper json) {
        this.json = json;
        for (CommandType<?> type : types) {
            if (byName.putIfAbsent(type.name(), type) != null) {
                throw new IllegalStateException("Two command types are named " + type.name());
            }
        }
    }

    @Override
    public Set<String> names() {
        return byName.keySet();
    }

    @Override
    public Optional<CommandType<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public ChargerCommand<?> decode(String name, Map<String, Object> arguments) {
        CommandType<?> type = find(name).orElseThrow(() -> new InvalidCommandException(
                "Unknown command " + name + "; known: " + String.join(", ", byName.keySet())));
        try {
            return json.convertValue(arguments == null ? Map.of() : arguments, type.type());
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidCommandException("Arguments do not fit " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, Object> arguments(ChargerCommand<?> command) {
        return json.convertValue(command, MAP);
    }
}
