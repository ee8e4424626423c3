package io.busbar.devicemodel.internal;

import io.busbar.devicemodel.VariableRef;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The settings that mean the same on 1.6 and 2.0.1 chargers, after the OCPP 2.0.1 migration guidance (Part 2,
 * the 1.6 configuration keys and the components/variables that replace them). Looked up case-insensitively by
 * common name, 1.6 key or 2.0.1 variable text.
 */
final class CommonSettings {
    static final List<CommonSetting> ALL = List.of(
            common("HeartbeatInterval", "HeartbeatInterval", VariableRef.of("OCPPCommCtrlr", "HeartbeatInterval"), ValueKind.INTEGER),
            common("MeterValueSampleInterval", "MeterValueSampleInterval", VariableRef.of("SampledDataCtrlr", "TxUpdatedInterval"), ValueKind.INTEGER),
            common("ConnectionTimeOut", "ConnectionTimeOut", VariableRef.of("TxCtrlr", "EVConnectionTimeOut"), ValueKind.INTEGER),
            common("AuthorizeRemoteStart", "AuthorizeRemoteTxRequests", VariableRef.of("AuthCtrlr", "AuthorizeRemoteStart"), ValueKind.BOOLEAN),
            common("LocalAuthorizeOffline", "LocalAuthorizeOffline", VariableRef.of("AuthCtrlr", "LocalAuthorizeOffline"), ValueKind.BOOLEAN),
            common("LocalPreAuthorize", "LocalPreAuthorize", VariableRef.of("AuthCtrlr", "LocalPreAuthorize"), ValueKind.BOOLEAN),
            common("AllowOfflineTxForUnknownId", "AllowOfflineTxForUnknownId", VariableRef.of("AuthCtrlr", "OfflineTxForUnknownIdEnabled"), ValueKind.BOOLEAN),
            common("AuthorizationCacheEnabled", "AuthorizationCacheEnabled", VariableRef.of("AuthCacheCtrlr", "Enabled"), ValueKind.BOOLEAN),
            common("LocalAuthListEnabled", "LocalAuthListEnabled", VariableRef.of("LocalAuthListCtrlr", "Enabled"), ValueKind.BOOLEAN),
            common("MeterValuesSampledData", "MeterValuesSampledData", VariableRef.of("SampledDataCtrlr", "TxUpdatedMeasurands"), ValueKind.LIST),
            common("StopTxnSampledData", "StopTxnSampledData", VariableRef.of("SampledDataCtrlr", "TxEndedMeasurands"), ValueKind.LIST),
            common("MeterValuesAlignedData", "MeterValuesAlignedData", VariableRef.of("AlignedDataCtrlr", "Measurands"), ValueKind.LIST),
            common("StopTxnAlignedData", "StopTxnAlignedData", VariableRef.of("AlignedDataCtrlr", "TxEndedMeasurands"), ValueKind.LIST),
            common("ClockAlignedDataInterval", "ClockAlignedDataInterval", VariableRef.of("AlignedDataCtrlr", "Interval"), ValueKind.INTEGER),
            common("StopTxOnEVSideDisconnect", "StopTransactionOnEVSideDisconnect", VariableRef.of("TxCtrlr", "StopTxOnEVSideDisconnect"), ValueKind.BOOLEAN),
            common("StopTxOnInvalidId", "StopTransactionOnInvalidId", VariableRef.of("TxCtrlr", "StopTxOnInvalidId"), ValueKind.BOOLEAN),
            common("UnlockOnEVSideDisconnect", "UnlockConnectorOnEVSideDisconnect", VariableRef.of("OCPPCommCtrlr", "UnlockOnEVSideDisconnect"), ValueKind.BOOLEAN),
            common("WebSocketPingInterval", "WebSocketPingInterval", VariableRef.of("OCPPCommCtrlr", "WebSocketPingInterval"), ValueKind.INTEGER),
            common("TransactionMessageAttempts", "TransactionMessageAttempts", VariableRef.of("OCPPCommCtrlr", "MessageAttempts", "TransactionEvent"), ValueKind.INTEGER),
            common("TransactionMessageRetryInterval", "TransactionMessageRetryInterval", VariableRef.of("OCPPCommCtrlr", "MessageAttemptInterval", "TransactionEvent"), ValueKind.INTEGER),
            common("ResetRetries", "ResetRetries", VariableRef.of("OCPPCommCtrlr", "ResetRetries"), ValueKind.INTEGER));

    private static final Map<String, CommonSetting> BY_ANY_NAME = new HashMap<>();

    static {
        for (CommonSetting setting : ALL) {
            BY_ANY_NAME.put(fold(setting.name()), setting);
            BY_ANY_NAME.putIfAbsent(fold(setting.key()), setting);
            BY_ANY_NAME.putIfAbsent(fold(setting.variable().text()), setting);
        }
    }

    private CommonSettings() {
    }

    /** By common name, 1.6 key or 2.0.1 variable text, ignoring case. */
    static Optional<CommonSetting> find(String name) {
        return Optional.ofNullable(BY_ANY_NAME.get(fold(name)));
    }

    /** The common setting whose 1.6 key or 2.0.1 variable this is. */
    static Optional<CommonSetting> forKey(String key) {
        return ALL.stream().filter(s -> s.key().equalsIgnoreCase(key)).findFirst();
    }

    static Optional<CommonSetting> forVariable(VariableRef variable) {
        return ALL.stream().filter(s -> s.variable().text().equalsIgnoreCase(variable.text())).findFirst();
    }

    private static CommonSetting common(String name, String key, VariableRef variable, ValueKind kind) {
        return new CommonSetting(name, key, variable, kind);
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
