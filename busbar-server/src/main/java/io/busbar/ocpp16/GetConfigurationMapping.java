package io.busbar.ocpp16;

import io.busbar.connectivity.CommandMapping;
import io.busbar.devicemodel.ConfigurationKeys;
import io.busbar.devicemodel.GetConfiguration;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.GetConfigurationRequest;
import io.busbar.ocpp.v16.GetConfigurationResponse;
import io.busbar.ocpp.v16.KeyValue;
import io.busbar.ocpp.v16.Ocpp16;
import org.springframework.stereotype.Component;

import java.util.List;

/** OCPP 1.6 §5.8 GetConfiguration; no keys asks for all of them (the key field is left out). */
@Component("ocpp16GetConfigurationMapping")
class GetConfigurationMapping implements CommandMapping<GetConfiguration, ConfigurationKeys, GetConfigurationRequest,
        GetConfigurationResponse> {
    @Override
    public Class<GetConfiguration> command() {
        return GetConfiguration.class;
    }

    @Override
    public Action<GetConfigurationRequest, GetConfigurationResponse> action() {
        return Ocpp16.GET_CONFIGURATION;
    }

    @Override
    public GetConfigurationRequest request(GetConfiguration command) {
        return new GetConfigurationRequest(command.keys().isEmpty() ? null : command.keys());
    }

    @Override
    public ConfigurationKeys result(GetConfigurationResponse response) {
        List<KeyValue> keys = response.configurationKey() == null ? List.of() : response.configurationKey();
        return new ConfigurationKeys(keys.stream()
                .map(k -> new ConfigurationKeys.ConfigurationKey(k.key(), k.value(), Boolean.TRUE.equals(k.readonly())))
                .toList(), response.unknownKey());
    }
}
