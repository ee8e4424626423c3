package io.busbar.ocpp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Message records exercising every type and constraint the binder supports. */
final class Samples {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Samples() {
    }

    /** Parses JSON written with single quotes, to keep test payloads readable. */
    static JsonNode json(String singleQuoted) {
        return MAPPER.readTree(singleQuoted.replace('\'', '"'));
    }

    enum Color {
        @JsonProperty("Light.Red") LIGHT_RED,
        @JsonProperty("Blue") BLUE,
        GREEN
    }

    record Reading(@Required @MaxLength(10) String value, Color color, @Min(0) @Max(100) Integer percent) {
    }

    record Sample(@Required @Min(0) Integer connectorId,
                  @MaxLength(20) String idTag,
                  Long meterWh,
                  BigDecimal amount,
                  Boolean flag,
                  Instant timestamp,
                  Color color,
                  Reading reading,
                  @MinItems(1) @MaxItems(3) List<Reading> readings,
                  List<Color> colors,
                  @MaxLength(5) List<String> tags,
                  JsonNode data) {
    }

    record Empty() {
    }

    record WithPrimitive(int count) {
    }

    record Renamed(@JsonProperty("default") String defaultValue) {
    }

    record WithCustomData(JsonNode customData, String name) {
    }

    record Guarded(@Required Integer from, @Required Integer to) {
        Guarded {
            if (from > to) {
                throw new IllegalArgumentException("from must not exceed to");
            }
        }
    }

    record Unsupported(double ratio) {
    }

    record Outer(Unsupported inner) {
    }

    record Node(String name, List<Node> children) {
    }

    static Sample minimal(int connectorId) {
        return new Sample(connectorId, null, null, null, null, null, null, null, null, null, null, null);
    }
}
