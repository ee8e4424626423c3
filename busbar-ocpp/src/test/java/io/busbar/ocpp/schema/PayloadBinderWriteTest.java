package io.busbar.ocpp.schema;

import io.busbar.ocpp.SameJson;
import io.busbar.ocpp.rpc.CallResult;
import io.busbar.ocpp.rpc.RpcCodec;
import io.busbar.ocpp.rpc.RpcError;
import io.busbar.ocpp.rpc.RpcException;
import io.busbar.ocpp.schema.Samples.Color;
import io.busbar.ocpp.schema.Samples.Empty;
import io.busbar.ocpp.schema.Samples.Reading;
import io.busbar.ocpp.schema.Samples.Renamed;
import io.busbar.ocpp.schema.Samples.Sample;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.busbar.ocpp.schema.Samples.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayloadBinderWriteTest {
    private final PayloadBinder binder = new PayloadBinder();

    private static Sample full() {
        return new Sample(2, "B4A63CDF", 12_345_678_901L, new BigDecimal("12.34"), true,
                Instant.parse("2024-03-01T10:15:30.250Z"), Color.LIGHT_RED, new Reading("v", null, null),
                List.of(new Reading("a", Color.BLUE, 40)), List.of(Color.GREEN, Color.BLUE), List.of("x"),
                json("{'vendor': [1, 2]}"));
    }

    @Test
    void writesSpecLiteralsAndOmitsNulls() {
        JsonNode tree = binder.toTree(full());

        SameJson.assertEquivalent(tree, json("""
                {'connectorId': 2, 'idTag': 'B4A63CDF', 'meterWh': 12345678901, 'amount': 12.34, 'flag': true,
                 'timestamp': '2024-03-01T10:15:30.250Z', 'color': 'Light.Red', 'reading': {'value': 'v'},
                 'readings': [{'value': 'a', 'color': 'Blue', 'percent': 40}], 'colors': ['GREEN', 'Blue'],
                 'tags': ['x'], 'data': {'vendor': [1, 2]}}"""));
    }

    @Test
    void roundTripsThroughTheTree() {
        assertThat(binder.bind(binder.toTree(full()), Sample.class)).isEqualTo(full());
    }

    @Test
    void roundTripsThroughTheWire() {
        RpcCodec codec = new RpcCodec();
        String frame = codec.encode(new CallResult("m1", binder.toTree(full())));

        CallResult decoded = (CallResult) codec.decode(frame);

        assertThat(binder.bind(decoded.payload(), Sample.class)).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(full());
    }

    @Test
    void writesInstantsInUtcWithAtMostMillis() {
        Sample sample = new Sample(1, null, null, null, null, Instant.parse("2024-03-01T10:15:30.123456789Z"),
                null, null, null, null, null, null);

        assertThat(binder.toTree(sample).get("timestamp").asString()).isEqualTo("2024-03-01T10:15:30.123Z");
    }

    @Test
    void writesWholeSecondsWithoutFraction() {
        Sample sample = new Sample(1, null, null, null, null, Instant.parse("2024-03-01T10:15:30Z"),
                null, null, null, null, null, null);

        assertThat(binder.toTree(sample).get("timestamp").asString()).isEqualTo("2024-03-01T10:15:30Z");
    }

    @Test
    void writesDecimalsWithoutExponent() {
        RpcCodec codec = new RpcCodec();
        Sample thousand = new Sample(1, null, null, new BigDecimal("1E+3"), null, null, null, null, null, null, null, null);

        String frame = codec.encode(new CallResult("m1", binder.toTree(thousand)));

        assertThat(frame).isEqualTo("[3,\"m1\",{\"connectorId\":1,\"amount\":1000}]");
    }

    @Test
    void writesEmptyRecordAsEmptyObject() {
        assertThat(binder.toTree(new Empty())).isEqualTo(json("{}"));
    }

    @Test
    void writesRenamedComponentUnderItsJsonName() {
        assertThat(binder.toTree(new Renamed("x"))).isEqualTo(json("{'default': 'x'}"));
    }

    @Test
    void validateAcceptsAValidMessage() {
        binder.validate(full());
    }

    @Test
    void validateRejectsAMissingRequiredComponent() {
        Sample sample = new Sample(null, null, null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> binder.validate(sample)).isInstanceOfSatisfying(RpcException.class, e -> {
            assertThat(e.error()).isEqualTo(RpcError.INTERNAL_ERROR);
            assertThat(e.getMessage()).isEqualTo("Sample is invalid: connectorId: required property is missing");
        });
    }

    @Test
    void validateRejectsATooLongStringInANestedListItem() {
        Sample sample = new Sample(1, null, null, null, null, null, null, null,
                List.of(new Reading("ok", null, null), new Reading("much too long", null, null)), null, null, null);

        assertThatThrownBy(() -> binder.validate(sample)).isInstanceOfSatisfying(RpcException.class, e -> {
            assertThat(e.error()).isEqualTo(RpcError.INTERNAL_ERROR);
            assertThat(e.getMessage()).isEqualTo("Sample is invalid: readings[1].value: length 13 exceeds maxLength 10");
        });
    }

    @Test
    void validateRejectsOutOfRangeAndItemCounts() {
        assertThatThrownBy(() -> binder.validate(Samples.minimal(-3)))
                .hasMessage("Sample is invalid: connectorId: -3 is below minimum 0");
        Sample noReadings = new Sample(1, null, null, null, null, null, null, null, List.of(), null, null, null);
        assertThatThrownBy(() -> binder.validate(noReadings))
                .hasMessage("Sample is invalid: readings: 0 items, fewer than minItems 1");
    }

    @Test
    void enumLiteralsAreExposed() {
        assertThat(EnumLiterals.literal(Color.LIGHT_RED)).isEqualTo("Light.Red");
        assertThat(EnumLiterals.of(Color.class).find("Blue")).contains(Color.BLUE);
        assertThat(EnumLiterals.of(Color.class).literals()).containsExactly("Light.Red", "Blue", "GREEN");
    }
}
