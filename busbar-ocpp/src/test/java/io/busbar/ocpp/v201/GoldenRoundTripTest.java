package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.PayloadBinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every golden example binds to its record and is written back meaning the same, so nothing a charger sent is lost. */
class GoldenRoundTripTest {
    private final PayloadBinder binder = new PayloadBinder();

    static List<String> goldenExamples() {
        return GoldenExamples.fileNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenExamples")
    void bindsAndWritesBackTheSamePayload(String fileName) {
        JsonNode original = GoldenExamples.read(fileName);
        Class<?> type = GoldenExamples.recordTypeOf(fileName);

        Object message = binder.bind(original, type);
        JsonNode written = binder.toTree(message);

        assertThat(message).isInstanceOf(type);
        assertThat(JsonSemantics.differences(original, written)).as(fileName).isEmpty();
    }

    @Test
    void everyGoldenExampleIsAMessageOfACatalogAction() {
        assertThat(goldenExamples()).hasSizeGreaterThanOrEqualTo(40).allSatisfy(fileName -> {
            Class<?> type = GoldenExamples.recordTypeOf(fileName);
            assertThat(Ocpp201.CATALOG.all())
                    .as(fileName)
                    .anyMatch(action -> action.requestType() == type || action.responseType() == type);
        });
    }
}
