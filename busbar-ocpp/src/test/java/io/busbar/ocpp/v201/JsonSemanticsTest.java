package io.busbar.ocpp.v201;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The round-trip comparison ignores only spelling that means the same, and reports every real difference. */
class JsonSemanticsTest {

    private static JsonNode json(String text) {
        return GoldenExamples.JSON.readTree(text);
    }

    @Test
    void equalNumbersAndInstantsInOtherSpellingsAreTheSame() {
        assertThat(JsonSemantics.differences(
                json("{\"limit\": 16, \"at\": \"2024-01-15T10:00:00Z\", \"b\": [1, 2]}"),
                json("{\"b\": [1.0, 2], \"at\": \"2024-01-15T10:00:00.000Z\", \"limit\": 16.00}"))).isEmpty();
    }

    @Test
    void lostChangedAndAddedMembersAreReported() {
        assertThat(JsonSemantics.differences(
                json("{\"seqNo\": 1, \"offline\": false, \"evse\": {\"id\": 1}}"),
                json("{\"seqNo\": 2, \"evse\": {\"id\": 1, \"connectorId\": 1}}")))
                .containsExactlyInAnyOrder(
                        "$.seqNo: expected 1 but was 2",
                        "$.offline: missing, expected false",
                        "$.evse.connectorId: unexpected 1");
    }

    @Test
    void aNumberWrittenAsAStringIsADifference() {
        assertThat(JsonSemantics.differences(json("{\"value\": 3}"), json("{\"value\": \"3\"}"))).hasSize(1);
    }

    @Test
    void arrayOrderAndLengthMatter() {
        assertThat(JsonSemantics.differences(json("[1, 2]"), json("[2, 1]"))).hasSize(2);
        assertThat(JsonSemantics.differences(json("[1, 2]"), json("[1]"))).hasSize(1);
    }
}
