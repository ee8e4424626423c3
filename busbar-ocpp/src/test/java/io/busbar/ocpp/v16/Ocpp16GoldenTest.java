package io.busbar.ocpp.v16;

import io.busbar.ocpp.SameJson;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.PayloadBinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden payloads under {@code golden/v16/<Action>Request.json} and {@code <Action>Response.json}: each binds to its
 * record, passes outgoing validation, and writes back to the same JSON.
 */
class Ocpp16GoldenTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final PayloadBinder binder = new PayloadBinder();

    record Golden(String file, Class<?> type) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Golden> goldens() {
        List<Golden> goldens = new ArrayList<>();
        for (Action<?, ?> action : Ocpp16.CATALOG.all()) {
            goldens.add(new Golden(action.name() + "Request.json", action.requestType()));
            goldens.add(new Golden(action.name() + "Response.json", action.responseType()));
        }
        return goldens.stream();
    }

    static JsonNode read(String file) {
        try (InputStream in = Ocpp16GoldenTest.class.getResourceAsStream("/golden/v16/" + file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void bindsAndWritesBackTheSameJson(Golden golden) {
        JsonNode payload = read(golden.file());

        Object message = binder.bind(payload, golden.type());
        binder.validate(message);

        assertThat(message).isInstanceOf(golden.type());
        SameJson.assertEquivalent(binder.toTree(message), payload);
    }

    @Test
    void goldenFilesCoverEveryCatalogAction() {
        assertThat(goldens()).hasSize(Ocpp16.CATALOG.all().size() * 2);
    }

    @Test
    void meterValuesGoldenBindsToTypedValues() {
        MeterValuesRequest request = binder.bind(read("MeterValuesRequest.json"), MeterValuesRequest.class);

        SampledValue energy = request.meterValue().getFirst().sampledValue().getFirst();
        assertThat(energy.measurand()).isEqualTo(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER);
        assertThat(energy.context()).isEqualTo(ReadingContext.SAMPLE_PERIODIC);
        assertThat(energy.unit()).isEqualTo(UnitOfMeasure.WH);
        assertThat(energy.value()).isEqualTo("1234567");
        assertThat(request.meterValue().getFirst().sampledValue()).extracting(SampledValue::phase)
                .contains(Phase.L1, Phase.L1_N);
    }

    @Test
    void chargingScheduleLimitsAreDecimals() {
        SetChargingProfileRequest request = binder.bind(read("SetChargingProfileRequest.json"), SetChargingProfileRequest.class);

        assertThat(request.csChargingProfiles().chargingSchedule().chargingSchedulePeriod())
                .extracting(ChargingSchedulePeriod::limit)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("32"), new java.math.BigDecimal("16"), new java.math.BigDecimal("6.5"));
        assertThat(request.csChargingProfiles().chargingProfilePurpose()).isEqualTo(ChargingProfilePurposeType.TX_PROFILE);
    }
}
