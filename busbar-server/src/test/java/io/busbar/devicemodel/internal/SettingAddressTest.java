package io.busbar.devicemodel.internal;

import io.busbar.devicemodel.InvalidSettingException;
import io.busbar.devicemodel.VariableRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One name, the right place on each protocol; values compared as the settings' types mean them. */
class SettingAddressTest {
    @Test
    void aCommonNameFindsTheKeyOn16AndTheVariableOn201() {
        SettingAddress on16 = SettingAddress.resolve("authorizeremotestart", Dialect.CONFIGURATION_KEYS);
        SettingAddress on201 = SettingAddress.resolve("TransactionMessageAttempts", Dialect.DEVICE_MODEL);
        SettingAddress by16Key = SettingAddress.resolve("StopTransactionOnEVSideDisconnect", Dialect.DEVICE_MODEL);

        assertThat(on16.key()).isEqualTo("AuthorizeRemoteTxRequests");
        assertThat(on16.common()).isEqualTo("AuthorizeRemoteStart");
        assertThat(on201.variable()).isEqualTo(VariableRef.of("OCPPCommCtrlr", "MessageAttempts", "TransactionEvent"));
        assertThat(by16Key.raw()).isEqualTo("TxCtrlr.StopTxOnEVSideDisconnect");
    }

    @Test
    void rawNamesKeepTheirAttributeType() {
        SettingAddress maxSet = SettingAddress.resolve("EVSE@1.Power:maxset", Dialect.DEVICE_MODEL);

        assertThat(maxSet.attributeType()).isEqualTo("MaxSet");
        assertThat(maxSet.raw()).isEqualTo("EVSE@1.Power:MaxSet");
        assertThat(SettingAddress.resolve("VendorSpecificKey", Dialect.CONFIGURATION_KEYS).key()).isEqualTo("VendorSpecificKey");
        assertThatThrownBy(() -> SettingAddress.resolve("EVSE@1.Power:Minimum", Dialect.DEVICE_MODEL))
                .isInstanceOf(InvalidSettingException.class);
        assertThatThrownBy(() -> SettingAddress.resolve("NoComponent", Dialect.DEVICE_MODEL))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("common name");
    }

    @Test
    void valuesAreComparedByWhatTheyMean() {
        assertThat(ValueKind.INTEGER.same("300", "0300")).isTrue();
        assertThat(ValueKind.BOOLEAN.same("true", "True")).isTrue();
        assertThat(ValueKind.LIST.same("Energy.Active.Import.Register, Power.Active.Import",
                "Energy.Active.Import.Register,Power.Active.Import")).isTrue();
        assertThat(ValueKind.INTEGER.same("300", null)).isFalse();
        assertThat(ValueKind.INTEGER.problem("-1")).isNotNull();
    }
}
