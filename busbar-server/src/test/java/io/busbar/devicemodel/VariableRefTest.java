package io.busbar.devicemodel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The text form of a 2.0.1 variable, as operators write it in URLs and templates. */
class VariableRefTest {
    @Test
    void readsInstancesEvseAndConnector() {
        VariableRef ref = VariableRef.parse("Connector(Left)@1.2.Temperature(Max.Peak)");

        assertThat(ref).isEqualTo(new VariableRef("Connector", "Left", 1, 2, "Temperature", "Max.Peak"));
        assertThat(VariableRef.parse("EVSE@1.Power")).isEqualTo(new VariableRef("EVSE", null, 1, null, "Power", null));
        assertThat(VariableRef.parse("OCPPCommCtrlr.MessageAttempts(TransactionEvent)"))
                .isEqualTo(VariableRef.of("OCPPCommCtrlr", "MessageAttempts", "TransactionEvent"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OCPPCommCtrlr.HeartbeatInterval", "EVSE@1.Power", "Connector(Left)@1.2.Temperature(Max)",
            "OCPPCommCtrlr.MessageAttempts(TransactionEvent)"})
    void writesWhatItReads(String text) {
        assertThat(VariableRef.parse(text).text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HeartbeatInterval", ".Variable", "EVSE@x.Power", "EVSE@1.2.3.Power", "Comp(.Var",
            "Component.Variable(unclosed"})
    void refusesWhatIsNoVariable(String text) {
        assertThatThrownBy(() -> VariableRef.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
