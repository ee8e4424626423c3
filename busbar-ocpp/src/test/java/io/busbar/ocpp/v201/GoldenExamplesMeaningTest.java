package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.PayloadBinder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The bound records carry what the examples say, in typed form (enums, exact decimals, instants). */
class GoldenExamplesMeaningTest {
    private final PayloadBinder binder = new PayloadBinder();

    private <T> T bind(String fileName, Class<T> type) {
        return binder.bind(GoldenExamples.read(fileName), type);
    }

    @Test
    void bootNotificationNamesTheStationAndReason() {
        BootNotificationRequest boot = bind("BootNotificationRequest-power-up.json", BootNotificationRequest.class);

        assertThat(boot.reason()).isEqualTo(BootReason.POWER_UP);
        assertThat(boot.chargingStation().vendorName()).isEqualTo("VendorX");
        assertThat(boot.chargingStation().model()).isEqualTo("SingleSocketCharger");
        assertThat(boot.chargingStation().serialNumber()).isNull();
    }

    @Test
    void transactionStartedCarriesEvseTokenAndStartReading() {
        TransactionEventRequest event = bind("TransactionEventRequest-started.json", TransactionEventRequest.class);

        assertThat(event.eventType()).isEqualTo(TransactionEventType.STARTED);
        assertThat(event.triggerReason()).isEqualTo(TriggerReason.AUTHORIZED);
        assertThat(event.seqNo()).isZero();
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2024-01-15T10:01:00Z"));
        assertThat(event.evse()).isEqualTo(new Evse(1, 1));
        assertThat(event.idToken().type()).isEqualTo(IdTokenType.ISO14443);
        assertThat(event.transactionInfo().chargingState()).isEqualTo(ChargingState.EV_CONNECTED);
        SampledValue reading = event.meterValue().getFirst().sampledValue().getFirst();
        assertThat(reading.value()).isEqualByComparingTo(new BigDecimal("1520.5"));
        assertThat(reading.measurand()).isEqualTo(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER);
        assertThat(reading.context()).isEqualTo(ReadingContext.TRANSACTION_BEGIN);
    }

    @Test
    void transactionUpdatedKeepsEverySampledValueWithItsPhaseAndLocation() {
        TransactionEventRequest event = bind("TransactionEventRequest-updated.json", TransactionEventRequest.class);

        assertThat(event.meterValue().getFirst().sampledValue())
                .extracting(SampledValue::measurand, SampledValue::phase, SampledValue::location)
                .containsExactly(
                        tuple(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER, null, null),
                        tuple(Measurand.POWER_ACTIVE_IMPORT, null, null),
                        tuple(Measurand.CURRENT_IMPORT, Phase.L1, null),
                        tuple(Measurand.SOC, null, Location.EV));
    }

    @Test
    void transactionEndedSaysWhyAndHowTheReadingWasSigned() {
        TransactionEventRequest event = bind("TransactionEventRequest-ended.json", TransactionEventRequest.class);

        assertThat(event.eventType()).isEqualTo(TransactionEventType.ENDED);
        assertThat(event.transactionInfo().stoppedReason()).isEqualTo(StopReason.LOCAL);
        assertThat(event.transactionInfo().timeSpentCharging()).isEqualTo(3540);
        SampledValue reading = event.meterValue().getFirst().sampledValue().getFirst();
        assertThat(reading.unitOfMeasure().multiplier()).isEqualTo(-3);
        assertThat(reading.signedMeterValue().encodingMethod()).isEqualTo("OCMF");
    }

    @Test
    void notifyReportKeepsDecimalLimitsAndAttributes() {
        NotifyReportRequest report = bind("NotifyReportRequest-base-report.json", NotifyReportRequest.class);

        assertThat(report.tbc()).isTrue();
        ReportData power = report.reportData().get(1);
        assertThat(power.component().evse().id()).isEqualTo(1);
        assertThat(power.variable().instance()).isEqualTo("Max");
        assertThat(power.variableCharacteristics().dataType()).isEqualTo(DataType.DECIMAL);
        assertThat(power.variableCharacteristics().maxLimit()).isEqualByComparingTo("22000");
        assertThat(power.variableAttribute().getFirst().mutability()).isEqualTo(Mutability.READ_ONLY);
    }

    @Test
    void dataTransferDataStaysOpaqueJson() {
        DataTransferRequest transfer = bind("DataTransferRequest-vendor.json", DataTransferRequest.class);

        assertThat(transfer.vendorId()).isEqualTo("com.vendorx");
        assertThat(transfer.data().get("locked").asBoolean()).isTrue();
        assertThat(transfer.data().get("attempts").size()).isEqualTo(2);
    }

    @Test
    void emptyResponsesBindToEmptyRecords() {
        assertThat(bind("HeartbeatRequest.json", HeartbeatRequest.class)).isEqualTo(new HeartbeatRequest());
        assertThat(bind("StatusNotificationResponse.json", StatusNotificationResponse.class))
                .isEqualTo(new StatusNotificationResponse());
    }
}
