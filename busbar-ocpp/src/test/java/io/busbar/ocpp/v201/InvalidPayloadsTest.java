package io.busbar.ocpp.v201;

import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcError;
import io.busbar.ocpp.rpc.RpcException;
import io.busbar.ocpp.schema.PayloadBinder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A payload that breaks the 2.0.1 schema is refused with the CALLERROR code OCPP-J 2.0.1 §4.3 prescribes for the
 * kind of breach, so the charger learns what to fix. Each case breaks one thing in a valid golden example.
 */
class InvalidPayloadsTest {
    private final PayloadBinder binder = new PayloadBinder();

    private JsonNode startedWith(Consumer<ObjectNode> change) {
        ObjectNode payload = (ObjectNode) GoldenExamples.read("TransactionEventRequest-started.json");
        change.accept(payload);
        return payload;
    }

    private RpcError errorOf(JsonNode payload, Class<?> type) {
        RpcException refused = catchThrowableOfType(RpcException.class, () -> binder.bind(payload, type));
        assertThat(refused).as("binding %s should be refused", payload).isNotNull();
        return refused.error();
    }

    @Test
    void missingSeqNoIsAnOccurrenceConstraintViolation() {
        JsonNode payload = startedWith(p -> p.remove("seqNo"));

        assertThat(errorOf(payload, TransactionEventRequest.class)).isEqualTo(RpcError.OCCURRENCE_CONSTRAINT_VIOLATION);
        assertThat(RpcError.OCCURRENCE_CONSTRAINT_VIOLATION.code(OcppVersion.V201)).isEqualTo("OccurrenceConstraintViolation");
    }

    @Test
    void missingRequiredFieldInANestedTypeIsAnOccurrenceConstraintViolation() {
        JsonNode payload = startedWith(p -> ((ObjectNode) p.get("transactionInfo")).remove("transactionId"));

        assertThat(errorOf(payload, TransactionEventRequest.class)).isEqualTo(RpcError.OCCURRENCE_CONSTRAINT_VIOLATION);
    }

    @Test
    void seqNoAsAStringIsATypeConstraintViolation() {
        JsonNode payload = startedWith(p -> p.put("seqNo", "3"));

        assertThat(errorOf(payload, TransactionEventRequest.class)).isEqualTo(RpcError.TYPE_CONSTRAINT_VIOLATION);
    }

    @Test
    void idTokenLongerThan36CharactersIsAPropertyConstraintViolation() {
        JsonNode payload = startedWith(p -> ((ObjectNode) p.get("idToken")).put("idToken", "x".repeat(37)));

        assertThat(errorOf(payload, TransactionEventRequest.class)).isEqualTo(RpcError.PROPERTY_CONSTRAINT_VIOLATION);
    }

    @Test
    void idTokenOfExactly36CharactersIsAccepted() {
        JsonNode payload = startedWith(p -> ((ObjectNode) p.get("idToken")).put("idToken", "x".repeat(36)));

        assertThat(binder.bind(payload, TransactionEventRequest.class).idToken().idToken()).hasSize(36);
    }

    @Test
    void unknownTriggerReasonIsAPropertyConstraintViolation() {
        JsonNode payload = startedWith(p -> p.put("triggerReason", "Foo"));

        assertThat(errorOf(payload, TransactionEventRequest.class)).isEqualTo(RpcError.PROPERTY_CONSTRAINT_VIOLATION);
    }

    @Test
    void enumLiteralsAreCaseSensitive() {
        JsonNode payload = startedWith(p -> p.put("eventType", "started"));

        assertThat(errorOf(payload, TransactionEventRequest.class)).isEqualTo(RpcError.PROPERTY_CONSTRAINT_VIOLATION);
    }

    @Test
    void unknownFieldIsAnOccurrenceConstraintViolation() {
        // The 2.0.1 schemas say additionalProperties: false for every message and type except CustomDataType.
        JsonNode payload = startedWith(p -> p.put("chargingSpeed", "fast"));

        assertThat(errorOf(payload, TransactionEventRequest.class)).isEqualTo(RpcError.OCCURRENCE_CONSTRAINT_VIOLATION);
    }

    @Test
    void emptyMeterValueListIsRefused() {
        // TransactionEventRequest.meterValue has minItems 1.
        JsonNode payload = startedWith(p -> p.putArray("meterValue"));

        assertThat(errorOf(payload, TransactionEventRequest.class)).isEqualTo(RpcError.OCCURRENCE_CONSTRAINT_VIOLATION);
    }

    @Test
    void customDataIsAcceptedAtTopLevelAndInNestedTypes() {
        JsonNode payload = startedWith(p -> {
            p.putObject("customData").put("vendorId", "com.vendorx").put("firmwareBuild", 1234);
            ((ObjectNode) p.get("evse")).putObject("customData").put("vendorId", "com.vendorx");
        });

        TransactionEventRequest event = binder.bind(payload, TransactionEventRequest.class);

        assertThat(event.evse()).isEqualTo(new Evse(1, 1));
        assertThat(event.seqNo()).isZero();
    }

    @Test
    void stateOfChargeAbove100IsAPropertyConstraintViolation() {
        // DCChargingParametersType.stateOfCharge has minimum 0 and maximum 100.
        ObjectNode payload = (ObjectNode) GoldenExamples.read("NotifyEVChargingNeedsRequest-ac.json");
        ObjectNode needs = (ObjectNode) payload.get("chargingNeeds");
        needs.put("requestedEnergyTransfer", "DC");
        needs.remove("acChargingParameters");
        needs.putObject("dcChargingParameters").put("evMaxCurrent", 200).put("evMaxVoltage", 800).put("stateOfCharge", 101);

        assertThat(errorOf(payload, NotifyEVChargingNeedsRequest.class)).isEqualTo(RpcError.PROPERTY_CONSTRAINT_VIOLATION);

        needs.withObject("dcChargingParameters").put("stateOfCharge", 100);
        assertThat(binder.bind(payload, NotifyEVChargingNeedsRequest.class).chargingNeeds().dcChargingParameters()
                .stateOfCharge()).isEqualTo(100);
    }

    @Test
    void eachFirmwareLocationIsLimitedTo512Characters() {
        // PublishFirmwareStatusNotificationRequest.location: items maxLength 512.
        JsonNode tooLong = GoldenExamples.JSON.readTree(
                "{\"status\": \"Published\", \"location\": [\"https://lc.local/fw.bin\", \"ftp://" + "x".repeat(507) + "\"]}");
        JsonNode longest = GoldenExamples.JSON.readTree(
                "{\"status\": \"Published\", \"location\": [\"ftp://" + "x".repeat(506) + "\"]}");

        assertThat(errorOf(tooLong, PublishFirmwareStatusNotificationRequest.class))
                .isEqualTo(RpcError.PROPERTY_CONSTRAINT_VIOLATION);
        assertThat(binder.bind(longest, PublishFirmwareStatusNotificationRequest.class).location().getFirst())
                .hasSize(512);
    }
}
