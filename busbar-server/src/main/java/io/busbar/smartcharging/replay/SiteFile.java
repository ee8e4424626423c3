package io.busbar.smartcharging.replay;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;
import io.busbar.platform.units.Voltage;
import io.busbar.smartcharging.allocation.Breaker;
import io.busbar.smartcharging.allocation.EvseSpec;
import io.busbar.smartcharging.allocation.EvseWiring;
import io.busbar.smartcharging.allocation.GridConnection;
import io.busbar.smartcharging.allocation.Phase;
import io.busbar.smartcharging.allocation.PhaseCurrents;
import io.busbar.smartcharging.allocation.PhaseRotation;
import io.busbar.smartcharging.allocation.SiteTopology;
import io.busbar.smartcharging.allocation.Transformer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The site description format of the replay (JSON, docs/load-management-replay.md): grid connection with per-phase
 * limits, optional power limit and transformer, nested breakers, EVSEs with their wiring ({@code "L1"} line-to-neutral,
 * {@code "L1-L2"} line-to-line, {@code "3P-RST"} three-phase with OCPP phase rotation) and current bounds.
 */
public final class SiteFile {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SiteFile() {
    }

    /** @throws IllegalArgumentException naming the first bad field */
    public static SiteTopology read(Path file) throws IOException {
        try {
            return parse(JSON.readTree(Files.readString(file)));
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static SiteTopology parse(JsonNode root) {
        JsonNode grid = required(root, "grid");
        String gridId = text(grid, "id", "grid");
        Optional<Power> maxPower = grid.hasNonNull("maxPowerKw")
                ? Optional.of(Power.ofWatts(decimal(grid, "maxPowerKw").movePointRight(3).longValue())) : Optional.empty();
        Optional<Transformer> transformer = Optional.empty();
        if (grid.hasNonNull("transformer")) {
            JsonNode t = grid.get("transformer");
            transformer = Optional.of(new Transformer(decimal(t, "ratio").doubleValue(), limits(t.get("primaryLimitsAmps"))));
        }
        GridConnection connection = new GridConnection(gridId, limits(grid.get("phaseLimitsAmps")), maxPower, transformer);
        List<Breaker> breakers = new ArrayList<>();
        for (JsonNode b : array(root, "breakers")) {
            breakers.add(new Breaker(text(b, "id", null), text(b, "parent", gridId), limits(b.get("phaseLimitsAmps"))));
        }
        JsonNode defaults = root.has("evseDefaults") ? root.get("evseDefaults") : JSON.createObjectNode();
        List<EvseSpec> evses = new ArrayList<>();
        for (JsonNode e : array(root, "evses")) {
            String id = text(e, "id", null);
            evses.add(new EvseSpec(id, text(e, "parent", gridId), wiring(text(e, "wiring", null), id),
                    amps(e, defaults, "maxAmps", "32"), amps(e, defaults, "minAmps", "6"), amps(e, defaults, "stepAmps", "0.1")));
        }
        return new SiteTopology(text(root, "siteId", "site"), Voltage.ofVolts(decimal(root, "lineToNeutralVolts").longValue()),
                Voltage.ofVolts(decimal(root, "lineToLineVolts").longValue()), connection, breakers, evses);
    }

    static EvseWiring wiring(String text, String evseId) {
        try {
            if (text.startsWith("3P-")) {
                return new EvseWiring.ThreePhase(PhaseRotation.valueOf(text.substring(3)));
            }
            if (text.contains("-")) {
                String[] lines = text.split("-");
                return new EvseWiring.LineToLine(Phase.valueOf(lines[0]), Phase.valueOf(lines[1]));
            }
            return new EvseWiring.LineToNeutral(Phase.valueOf(text));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("EVSE " + evseId + ": wiring '" + text
                    + "' is not one of L1|L2|L3, L1-L2 (any two lines), 3P-RST|RTS|SRT|STR|TRS|TSR");
        }
    }

    /** Writes a topology in this format (used to publish the generated Caltech model). */
    public static String write(SiteTopology site) {
        ObjectNode root = JSON.createObjectNode();
        root.put("siteId", site.siteId());
        root.put("lineToNeutralVolts", site.lineToNeutral().volts());
        root.put("lineToLineVolts", site.lineToLine().volts());
        ObjectNode grid = root.putObject("grid");
        grid.put("id", site.grid().id());
        grid.set("phaseLimitsAmps", limitsJson(site.grid().phaseLimits()));
        site.grid().maxPower().ifPresent(p -> grid.put("maxPowerKw", BigDecimal.valueOf(p.watts(), 3)));
        site.grid().transformer().ifPresent(t -> {
            ObjectNode node = grid.putObject("transformer");
            node.put("ratio", t.ratio());
            node.set("primaryLimitsAmps", limitsJson(t.primaryLimits()));
        });
        ArrayNode breakers = root.putArray("breakers");
        for (Breaker b : site.breakers()) {
            ObjectNode node = breakers.addObject();
            node.put("id", b.id());
            node.put("parent", b.parentId());
            node.set("phaseLimitsAmps", limitsJson(b.phaseLimits()));
        }
        ArrayNode evses = root.putArray("evses");
        for (EvseSpec e : site.evses()) {
            ObjectNode node = evses.addObject();
            node.put("id", e.id());
            node.put("parent", e.parentId());
            node.put("wiring", switch (e.wiring()) {
                case EvseWiring.LineToNeutral(Phase line) -> line.name();
                case EvseWiring.LineToLine(Phase from, Phase to) -> from.name() + "-" + to.name();
                case EvseWiring.ThreePhase(PhaseRotation rotation) -> "3P-" + rotation.name();
            });
            node.put("maxAmps", e.maxCurrent().inAmps());
            node.put("minAmps", e.minCurrent().inAmps());
            node.put("stepAmps", e.step().inAmps());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static JsonNode limitsJson(PhaseCurrents limits) {
        ArrayNode array = JSON.createArrayNode();
        for (Phase phase : Phase.values()) {
            Current c = limits.on(phase);
            if (c.milliamps() == Long.MAX_VALUE) {
                array.addNull();
            } else {
                array.add(c.inAmps());
            }
        }
        return array;
    }

    /** A number (same on every phase), an array of three (null = no limit on that phase), or absent = no limit. */
    private static PhaseCurrents limits(JsonNode node) {
        if (node == null || node.isNull()) {
            return PhaseCurrents.UNLIMITED;
        }
        if (node.isNumber()) {
            return PhaseCurrents.uniform(Current.ofAmps(node.decimalValue()));
        }
        if (node.isArray() && node.size() == 3) {
            Current[] c = new Current[3];
            for (int i = 0; i < 3; i++) {
                c[i] = node.get(i).isNull() ? PhaseCurrents.UNLIMITED.l1() : Current.ofAmps(node.get(i).decimalValue());
            }
            return new PhaseCurrents(c[0], c[1], c[2]);
        }
        throw new IllegalArgumentException("phase limits must be a number or an array of three, got " + node);
    }

    private static Current amps(JsonNode node, JsonNode defaults, String field, String fallback) {
        JsonNode value = node.hasNonNull(field) ? node.get(field) : defaults.get(field);
        return Current.ofAmps(value == null || value.isNull() ? new BigDecimal(fallback) : value.decimalValue());
    }

    private static JsonNode required(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            throw new IllegalArgumentException("missing " + field);
        }
        return node.get(field);
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field) : List.of();
    }

    private static String text(JsonNode node, String field, String fallback) {
        if (!node.hasNonNull(field)) {
            if (fallback == null) {
                throw new IllegalArgumentException("missing " + field + " in " + node);
            }
            return fallback;
        }
        return node.get(field).asString();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isNumber()) {
            throw new IllegalArgumentException(field + " must be a number, got " + value);
        }
        return value.decimalValue();
    }
}
