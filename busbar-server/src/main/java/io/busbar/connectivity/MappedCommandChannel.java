package io.busbar.connectivity;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.ChargerCommand;
import io.busbar.commands.ChargerOfflineException;
import io.busbar.commands.CommandChannel;
import io.busbar.commands.CommandErrorException;
import io.busbar.commands.CommandNotSupportedException;
import io.busbar.commands.CommandOutcome;
import io.busbar.commands.CommandTimeoutException;
import io.busbar.commands.InvalidCommandException;
import io.busbar.gateway.CallErrorException;
import io.busbar.gateway.CallTimeoutException;
import io.busbar.gateway.ChargerLink;
import io.busbar.gateway.ChargerNotConnectedException;
import io.busbar.gateway.InvalidCallResultException;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcException;
import io.busbar.ocpp.schema.PayloadBinder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A {@link CommandChannel} for one OCPP version built from that version's {@link CommandMapping}s: encodes the
 * command, sends it over the {@link ChargerLink}, waits (on the caller's virtual thread) and decodes the answer.
 * Gateway failures become the port's exceptions.
 */
public class MappedCommandChannel implements CommandChannel {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private final OcppVersion version;
    private final Map<Class<?>, CommandMapping<?, ?, ?, ?>> mappings = new HashMap<>();
    private final ChargerLink link;
    private final PayloadBinder binder;
    private final ObjectMapper json;

    public MappedCommandChannel(OcppVersion version, List<? extends CommandMapping<?, ?, ?, ?>> mappings,
                                ChargerLink link, PayloadBinder binder, ObjectMapper json) {
        this.version = version;
        this.link = link;
        this.binder = binder;
        this.json = json;
        for (CommandMapping<?, ?, ?, ?> mapping : mappings) {
            if (mapping.action().version() != version) {
                throw new IllegalStateException(mapping.getClass().getName() + " maps to " + mapping.action()
                        + ", not a " + version.subprotocol() + " action");
            }
            if (this.mappings.putIfAbsent(mapping.command(), mapping) != null) {
                throw new IllegalStateException("Two " + version.subprotocol() + " mappings for " + mapping.command());
            }
        }
    }

    /** True when this version has a way to say the command. */
    public boolean speaks(Class<?> command) {
        return mappings.containsKey(command);
    }

    @Override
    public boolean carries(ChargerIdentity charger) {
        return link.connection(charger.value()).filter(c -> c.version() == version).isPresent();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> CommandOutcome<R> send(ChargerIdentity charger, ChargerCommand<R> command) {
        var mapping = (CommandMapping<ChargerCommand<R>, R, Object, Object>) mappings.get(command.getClass());
        if (mapping == null) {
            throw new CommandNotSupportedException(charger, command.name(), "OCPP " + version.subprotocol().substring(4));
        }
        Object request;
        try {
            request = mapping.request(command);
            binder.validate(request);
        } catch (InvalidCommandException e) {
            throw e;
        } catch (RpcException | IllegalArgumentException e) {
            throw new InvalidCommandException(command.name() + " cannot be sent as " + mapping.action() + ": "
                    + e.getMessage(), e);
        }
        Object response;
        try {
            response = link.call(charger.value(), mapping.action(), request).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandTimeoutException(charger, command.name(), e);
        } catch (ExecutionException | CompletionException | CancellationException e) {
            throw translate(charger, command, e.getCause() == null ? e : e.getCause());
        }
        return new CommandOutcome<>(mapping.result(response), json.convertValue(binder.toTree(response), MAP));
    }

    private RuntimeException translate(ChargerIdentity charger, ChargerCommand<?> command, Throwable failure) {
        return switch (failure) {
            case ChargerNotConnectedException e -> new ChargerOfflineException(charger, e);
            case CallTimeoutException e -> new CommandTimeoutException(charger, command.name(), e);
            case CallErrorException e -> new CommandErrorException(charger, command.name(), e.errorCode(),
                    e.getMessage(), e);
            case InvalidCallResultException e -> new CommandErrorException(charger, command.name(), "InvalidAnswer",
                    e.getMessage(), e);
            // The frame could not be written: the socket is going away.
            case java.io.UncheckedIOException e -> new ChargerOfflineException(charger, e);
            // The charger reconnected with another version between carries() and send().
            case IllegalArgumentException e -> new ChargerOfflineException(charger, e);
            case RuntimeException e -> e;
            default -> new IllegalStateException(failure);
        };
    }
}
