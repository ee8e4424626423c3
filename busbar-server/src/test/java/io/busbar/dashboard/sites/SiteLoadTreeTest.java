package io.busbar.dashboard.sites;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-line load of each topology node, summed from the topology document and the allocation as the API gives them. */
class SiteLoadTreeTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final JsonNode TOPOLOGY = JSON.readTree("""
            {"grid": {"id": "grid", "limits": {"l1": 63, "l2": 63, "l3": 63}},
             "breakers": [{"id": "feeder", "parent": "grid", "limits": {"l1": 32, "l2": 32, "l3": 32}},
                          {"id": "sub", "parent": "feeder", "limits": {"l2": 16}}],
             "evses": [{"charger": "A", "evseId": 1, "parent": "feeder", "wiring": {"type": "THREE_PHASE", "rotation": "STR"}},
                       {"charger": "B", "evseId": 1, "parent": "sub", "wiring": {"type": "LINE_TO_NEUTRAL", "line": "L2"}},
                       {"charger": "C", "evseId": 1, "wiring": {"type": "LINE_TO_LINE", "from": "L1", "to": "L3"}}]}""");

    @Test
    void eachEvseCountsOnTheGridLinesItsWiringAndItsEvUseUpToTheGridAndTheNonEvLoadOnTheGridOnly() {
        JsonNode allocation = JSON.readTree("""
                {"nonEvLoad": {"l1": 5, "l2": 6, "l3": 7},
                 "evses": [{"charger": "A", "evseId": 1, "limitA": 20, "phases": 1, "measuredA": 18.5},
                           {"charger": "B", "evseId": 1, "limitA": 14, "phases": 1},
                           {"charger": "C", "evseId": 1, "state": "IDLE"}]}""");

        List<NodeLoad> nodes = SiteLoadTree.of(TOPOLOGY, allocation);

        assertThat(nodes).extracting(NodeLoad::id).containsExactly("grid", "feeder", "sub");
        // A: a single-phase EV on an STR-wired EVSE draws on the EVSE's L1 = grid L2 (measured 18.5 A).
        // B: no measurement yet: counted at its 14 A limit, on L2.
        assertThat(drawn(nodes.get(1))).containsExactly("0", "32.5", "0");
        assertThat(drawn(nodes.get(2))).containsExactly("0", "14", "0");
        assertThat(drawn(nodes.get(0))).containsExactly("5", "38.5", "7");
        assertThat(nodes.get(0).evses()).isEqualTo(3);
        assertThat(nodes.get(2).phases().get(0).limitA()).isNull();
    }

    @Test
    void aLineAbove80PercentWarnsAndAboveItsLimitIsOver() {
        JsonNode allocation = JSON.readTree("""
                {"evses": [{"charger": "A", "evseId": 1, "limitA": 27, "phases": 3},
                           {"charger": "B", "evseId": 1, "limitA": 6, "measuredA": 6, "phases": 1}]}""");

        List<NodeLoad> nodes = SiteLoadTree.of(TOPOLOGY, allocation);

        NodeLoad feeder = nodes.get(1);
        assertThat(feeder.phases()).extracting(PhaseBar::level).containsExactly("warn", "over", "warn");
        assertThat(feeder.phases().get(1).width()).isEqualTo(100);
        assertThat(feeder.level()).isEqualTo("over");
        assertThat(nodes.get(0).phases()).extracting(PhaseBar::level).containsOnly("");
    }

    private static List<String> drawn(NodeLoad node) {
        return node.phases().stream().map(bar -> bar.drawnA().stripTrailingZeros().toPlainString()).toList();
    }
}
