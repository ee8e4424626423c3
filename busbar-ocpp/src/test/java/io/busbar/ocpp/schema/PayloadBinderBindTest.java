package io.busbar.ocpp.schema;

import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcError;
import io.busbar.ocpp.rpc.RpcException;
import io.busbar.ocpp.schema.Samples.Color;
import io.busbar.ocpp.schema.Samples.Empty;
import io.busbar.ocpp.schema.Samples.Guarded;
import io.busbar.ocpp.schema.Samples.Node;
import io.busbar.ocpp.schema.Samples.Reading;
import io.busbar.ocpp.schema.Samples.Renamed;
import io.busbar.ocpp.schema.Samples.Sample;
import io.busbar.ocpp.schema.Samples.WithCustomData;
import io.busbar.ocpp.schema.Samples.WithPrimitive;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.busbar.ocpp.schema.Samples.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayloadBinderBindTest {
    private final PayloadBinder binder = new PayloadBinder();

    private Sample bindSample(String payload) {
        return binder.bind(json(payload), Sample.class);
    }

    private static void assertViolation(ThrowingCallable call, RpcError error, String description) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RpcException.class, e -> {
            assertThat(e.error()).isEqualTo(error);
            assertThat(e.getMessage()).startsWith(description);
        });
    }

    @Nested
    class SupportedTypes {
        @Test
        void bindsEveryComponentType() {
            Sample sample = bindSample("""
                    {'connectorId': 2, 'idTag': 'B4A63CDF', 'meterWh': 12345678901, 'amount': 12.34, 'flag': true,
                     'timestamp': '2024-03-01T10:15:30Z', 'color': 'Light.Red', 'reading': {'value': 'v'},
                     'readings': [{'value': 'a', 'color': 'Blue', 'percent': 40}], 'colors': ['GREEN', 'Blue'],
                     'tags': ['x', 'y'], 'data': {'vendor': [1, 2]}}""");

            assertThat(sample.connectorId()).isEqualTo(2);
            assertThat(sample.idTag()).isEqualTo("B4A63CDF");
            assertThat(sample.meterWh()).isEqualTo(12_345_678_901L);
            assertThat(sample.amount()).isEqualByComparingTo("12.34");
            assertThat(sample.flag()).isTrue();
            assertThat(sample.timestamp()).isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
            assertThat(sample.color()).isEqualTo(Color.LIGHT_RED);
            assertThat(sample.reading()).isEqualTo(new Reading("v", null, null));
            assertThat(sample.readings()).containsExactly(new Reading("a", Color.BLUE, 40));
            assertThat(sample.colors()).containsExactly(Color.GREEN, Color.BLUE);
            assertThat(sample.tags()).containsExactly("x", "y");
            assertThat(sample.data()).isEqualTo(json("{'vendor': [1, 2]}"));
        }

        @Test
        void absentAndNullOptionalsAreNull() {
            Sample sample = bindSample("{'connectorId': 0, 'idTag': null}");

            assertThat(sample).isEqualTo(Samples.minimal(0));
        }

        @Test
        void boundListsAreUnmodifiable() {
            Sample sample = bindSample("{'connectorId': 1, 'tags': ['a']}");

            assertThatThrownBy(() -> sample.tags().add("b")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void integerNumberIsAcceptedAsDecimal() {
            assertThat(bindSample("{'connectorId': 1, 'amount': 7}").amount()).isEqualByComparingTo(BigDecimal.valueOf(7));
        }

        @Test
        void wholeDecimalIsAcceptedAsInteger() {
            assertThat(bindSample("{'connectorId': 3.0}").connectorId()).isEqualTo(3);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2024-03-01T12:15:30+02:00", "2024-03-01T10:15:30.000Z", "2024-03-01T09:15:30-01:00",
                "2024-03-01T10:15:30Z"})
        void dateTimesWithAnyOffsetBecomeTheSameUtcInstant(String text) {
            assertThat(bindSample("{'connectorId': 1, 'timestamp': '" + text + "'}").timestamp())
                    .isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
        }

        @Test
        void fractionalSecondsAreKept() {
            assertThat(bindSample("{'connectorId': 1, 'timestamp': '2024-03-01T10:15:30.123456Z'}").timestamp())
                    .isEqualTo(Instant.parse("2024-03-01T10:15:30.123456Z"));
        }

        @Test
        void emptyRecordBindsFromEmptyObject() {
            assertThat(binder.bind(json("{}"), Empty.class)).isEqualTo(new Empty());
        }

        @Test
        void primitiveComponentBinds() {
            assertThat(binder.bind(json("{'count': 5}"), WithPrimitive.class).count()).isEqualTo(5);
        }

        @Test
        void jsonPropertyRenamesAComponent() {
            assertThat(binder.bind(json("{'default': 'x'}"), Renamed.class).defaultValue()).isEqualTo("x");
        }

        @Test
        void customDataIsIgnoredUnlessDeclared() {
            assertThat(bindSample("{'connectorId': 1, 'customData': {'vendorId': 'acme'}}")).isEqualTo(Samples.minimal(1));
            assertThat(binder.bind(json("{'customData': {'vendorId': 'acme'}}"), WithCustomData.class).customData())
                    .isEqualTo(json("{'vendorId': 'acme'}"));
        }

        @Test
        void recursiveRecordsBind() {
            Node tree = binder.bind(json("{'name': 'a', 'children': [{'name': 'b', 'children': []}]}"), Node.class);

            assertThat(tree.children().getFirst().name()).isEqualTo("b");
        }
    }

    @Nested
    class FormatViolation {
        @ParameterizedTest
        @ValueSource(strings = {"[]", "'text'", "1", "null"})
        void payloadThatIsNotAnObject(String payload) {
            assertViolation(() -> binder.bind(json(payload), Sample.class), RpcError.FORMAT_VIOLATION,
                    "Payload of Sample must be a JSON object");
        }
    }

    @Nested
    class OccurrenceConstraintViolation {
        @Test
        void requiredAbsent() {
            assertViolation(() -> bindSample("{'idTag': 'x'}"), RpcError.OCCURRENCE_CONSTRAINT_VIOLATION,
                    "connectorId: required property is missing");
        }

        @Test
        void requiredNull() {
            assertViolation(() -> bindSample("{'connectorId': null}"), RpcError.OCCURRENCE_CONSTRAINT_VIOLATION,
                    "connectorId: required property is missing");
        }

        @Test
        void requiredAbsentInNestedListItem() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'readings': [{'value': 'a'}, {'color': 'Blue'}]}"),
                    RpcError.OCCURRENCE_CONSTRAINT_VIOLATION, "readings[1].value: required property is missing");
        }

        @Test
        void primitiveAbsent() {
            assertViolation(() -> binder.bind(json("{}"), WithPrimitive.class),
                    RpcError.OCCURRENCE_CONSTRAINT_VIOLATION, "count: required property is missing");
        }

        @Test
        void undeclaredProperty() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'colour': 'Blue'}"),
                    RpcError.OCCURRENCE_CONSTRAINT_VIOLATION, "colour: property is not defined for Sample");
        }

        @Test
        void undeclaredPropertyInNestedObject() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'reading': {'value': 'v', 'unit': 'Wh'}}"),
                    RpcError.OCCURRENCE_CONSTRAINT_VIOLATION, "reading.unit: property is not defined for Reading");
        }

        @Test
        void tooFewItems() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'readings': []}"),
                    RpcError.OCCURRENCE_CONSTRAINT_VIOLATION, "readings: 0 items, fewer than minItems 1");
        }

        @Test
        void tooManyItems() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'readings': [{'value':'a'},{'value':'b'},{'value':'c'},{'value':'d'}]}"),
                    RpcError.OCCURRENCE_CONSTRAINT_VIOLATION, "readings: 4 items, more than maxItems 3");
        }
    }

    @Nested
    class TypeConstraintViolation {
        @Test
        void stringWhereIntegerIsDue() {
            assertViolation(() -> bindSample("{'connectorId': '1'}"), RpcError.TYPE_CONSTRAINT_VIOLATION,
                    "connectorId: expected integer but got string");
        }

        @Test
        void fractionWhereIntegerIsDue() {
            assertViolation(() -> bindSample("{'connectorId': 1.5}"), RpcError.TYPE_CONSTRAINT_VIOLATION,
                    "connectorId: expected integer but got number 1.5");
        }

        @Test
        void numberWhereStringIsDue() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'idTag': 42}"), RpcError.TYPE_CONSTRAINT_VIOLATION,
                    "idTag: expected string but got integer 42");
        }

        @Test
        void objectWhereArrayIsDue() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'readings': {'value': 'a'}}"),
                    RpcError.TYPE_CONSTRAINT_VIOLATION, "readings: expected array but got object");
        }

        @Test
        void arrayWhereObjectIsDue() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'reading': []}"),
                    RpcError.TYPE_CONSTRAINT_VIOLATION, "reading: expected object but got array");
        }

        @Test
        void stringWhereBooleanIsDue() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'flag': 'true'}"),
                    RpcError.TYPE_CONSTRAINT_VIOLATION, "flag: expected boolean but got string");
        }

        @Test
        void stringWhereDecimalIsDue() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'amount': '12.5'}"),
                    RpcError.TYPE_CONSTRAINT_VIOLATION, "amount: expected number but got string");
        }

        @Test
        void numberWhereDateTimeIsDue() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'timestamp': 1709288130}"),
                    RpcError.TYPE_CONSTRAINT_VIOLATION, "timestamp: expected date-time string but got integer");
        }

        @Test
        void numberWhereEnumIsDue() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'colors': ['Blue', 3]}"),
                    RpcError.TYPE_CONSTRAINT_VIOLATION, "colors[1]: expected string but got integer 3");
        }

        @Test
        void nullListItem() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'tags': ['a', null]}"),
                    RpcError.TYPE_CONSTRAINT_VIOLATION, "tags[1]: expected an item but got null");
        }

        @Test
        void deepPathIsNamed() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'readings': [{'value': 'a', 'percent': 'high'}]}"),
                    RpcError.TYPE_CONSTRAINT_VIOLATION, "readings[0].percent: expected integer but got string");
        }
    }

    @Nested
    class PropertyConstraintViolation {
        @Test
        void stringLongerThanMaxLength() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'idTag': '123456789012345678901'}"),
                    RpcError.PROPERTY_CONSTRAINT_VIOLATION, "idTag: length 21 exceeds maxLength 20");
        }

        @Test
        void stringAtMaxLengthIsAccepted() {
            assertThat(bindSample("{'connectorId': 1, 'idTag': '12345678901234567890'}").idTag()).hasSize(20);
        }

        @Test
        void listItemLongerThanMaxLength() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'tags': ['ok', 'toolong']}"),
                    RpcError.PROPERTY_CONSTRAINT_VIOLATION, "tags[1]: length 7 exceeds maxLength 5");
        }

        @Test
        void belowMinimum() {
            assertViolation(() -> bindSample("{'connectorId': -1}"), RpcError.PROPERTY_CONSTRAINT_VIOLATION,
                    "connectorId: -1 is below minimum 0");
        }

        @Test
        void aboveMaximum() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'reading': {'value': 'v', 'percent': 101}}"),
                    RpcError.PROPERTY_CONSTRAINT_VIOLATION, "reading.percent: 101 is above maximum 100");
        }

        @Test
        void integerOutOfJavaRange() {
            assertViolation(() -> bindSample("{'connectorId': 99999999999}"), RpcError.PROPERTY_CONSTRAINT_VIOLATION,
                    "connectorId: integer 99999999999 is out of range");
        }

        @Test
        void unknownEnumLiteral() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'color': 'Purple'}"),
                    RpcError.PROPERTY_CONSTRAINT_VIOLATION, "color: 'Purple' is not a Color (one of Light.Red, Blue, GREEN)");
        }

        @Test
        void enumLiteralsAreCaseSensitive() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'color': 'blue'}"),
                    RpcError.PROPERTY_CONSTRAINT_VIOLATION, "color: 'blue' is not a Color");
        }

        @Test
        void constantNameIsNotALiteralWhenAnnotated() {
            assertViolation(() -> bindSample("{'connectorId': 1, 'color': 'LIGHT_RED'}"),
                    RpcError.PROPERTY_CONSTRAINT_VIOLATION, "color: 'LIGHT_RED' is not a Color");
        }

        @ParameterizedTest
        @ValueSource(strings = {"yesterday", "2024-03-01", "2024-03-01T10:15:30", "2024-13-01T10:15:30Z"})
        void dateTimeThatDoesNotParse(String text) {
            assertViolation(() -> bindSample("{'connectorId': 1, 'timestamp': '" + text + "'}"),
                    RpcError.PROPERTY_CONSTRAINT_VIOLATION, "timestamp: '" + text + "' is not an ISO-8601 date-time");
        }

        @Test
        void recordInvariantRejection() {
            assertViolation(() -> binder.bind(json("{'from': 5, 'to': 1}"), Guarded.class),
                    RpcError.PROPERTY_CONSTRAINT_VIOLATION, "from must not exceed to");
        }
    }

    @Test
    void descriptionsFitTheCallErrorLimit() {
        String longLiteral = "x".repeat(300);
        assertThatThrownBy(() -> bindSample("{'connectorId': 1, 'color': '" + longLiteral + "'}"))
                .isInstanceOfSatisfying(RpcException.class,
                        e -> assertThat(e.toCallError(OcppVersion.V201).errorDescription().length()).isLessThanOrEqualTo(255));
    }

    @Test
    void occurrenceViolationUsesTheVersionSpelling() {
        assertThatThrownBy(() -> bindSample("{}")).isInstanceOfSatisfying(RpcException.class, e -> {
            assertThat(e.toCallError(OcppVersion.V16).errorCode()).isEqualTo("OccurenceConstraintViolation");
            assertThat(e.toCallError(OcppVersion.V201).errorCode()).isEqualTo("OccurrenceConstraintViolation");
        });
    }

    @Test
    void unsupportedComponentTypeFailsWhenMetadataIsRequired() {
        assertThatThrownBy(() -> binder.requireBindable(Samples.Outer.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unsupported.ratio");
    }

    @Test
    void supportedTypesPassTheMetadataCheck() {
        binder.requireBindable(Sample.class);
        binder.requireBindable(Node.class);
        assertThat(List.of(Sample.class, Node.class)).allSatisfy(t -> binder.requireBindable(t));
    }
}
