package io.busbar.devicemodel;

import io.busbar.commands.ChargerCommand;

import java.util.List;

/** OCPP 1.6 GetConfiguration (§5.8): the values of {@code keys}, or of every key when {@code keys} is empty or null. */
public record GetConfiguration(List<String> keys) implements ChargerCommand<ConfigurationKeys> {
    public GetConfiguration {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }
}
