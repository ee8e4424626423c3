package io.busbar.faults.internal;

import io.busbar.faults.FaultSeverity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every OCPP 1.6 ChargePointErrorCode (§7.6) has a severity; unknown codes are warnings, not silence. */
class ErrorCodeSeverityTest {
    @Test
    void everyOcpp16ErrorCodeHasASeverity() {
        assertThat(ErrorCodeSeverity.of("GroundFailure")).isEqualTo(FaultSeverity.ERROR);
        assertThat(ErrorCodeSeverity.of("OverCurrentFailure")).isEqualTo(FaultSeverity.ERROR);
        assertThat(ErrorCodeSeverity.of("ConnectorLockFailure")).isEqualTo(FaultSeverity.ERROR);
        assertThat(ErrorCodeSeverity.of("InternalError")).isEqualTo(FaultSeverity.ERROR);
        assertThat(ErrorCodeSeverity.of("OverVoltage")).isEqualTo(FaultSeverity.ERROR);
        assertThat(ErrorCodeSeverity.of("PowerSwitchFailure")).isEqualTo(FaultSeverity.ERROR);
        assertThat(ErrorCodeSeverity.of("HighTemperature")).isEqualTo(FaultSeverity.WARNING);
        assertThat(ErrorCodeSeverity.of("EVCommunicationError")).isEqualTo(FaultSeverity.WARNING);
        assertThat(ErrorCodeSeverity.of("OtherError")).isEqualTo(FaultSeverity.WARNING);
        assertThat(ErrorCodeSeverity.of("PowerMeterFailure")).isEqualTo(FaultSeverity.WARNING);
        assertThat(ErrorCodeSeverity.of("ReaderFailure")).isEqualTo(FaultSeverity.WARNING);
        assertThat(ErrorCodeSeverity.of("ResetFailure")).isEqualTo(FaultSeverity.WARNING);
        assertThat(ErrorCodeSeverity.of("UnderVoltage")).isEqualTo(FaultSeverity.WARNING);
        assertThat(ErrorCodeSeverity.of("LocalListConflict")).isEqualTo(FaultSeverity.INFO);
        assertThat(ErrorCodeSeverity.of("WeakSignal")).isEqualTo(FaultSeverity.INFO);
        assertThat(ErrorCodeSeverity.of("SomethingNew")).isEqualTo(FaultSeverity.WARNING);
    }
}
