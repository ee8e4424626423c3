package io.busbar.ocpp.schema;

import io.busbar.ocpp.rpc.CallResult;
import io.busbar.ocpp.rpc.RpcCodec;
import io.busbar.ocpp.rpc.RpcException;
import io.busbar.ocpp.schema.Samples.Color;
import io.busbar.ocpp.schema.Samples.Reading;
import io.busbar.ocpp.schema.Samples.Sample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Properties checked over many generated inputs. Seeds are fixed so a failure reproduces; loops are bounded.
 * (Plain JUnit rather than a property-testing library: the generators are small and this keeps control here.)
 */
class PayloadBinderRandomizedTest {
    private static final int CASES = 500;
    private static final List<String> NAMES = List.of("connectorId", "idTag", "meterWh", "amount", "flag",
            "timestamp", "color", "reading", "readings", "colors", "tags", "data", "value", "percent", "customData", "x");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PayloadBinder binder = new PayloadBinder();
    private final RpcCodec codec = new RpcCodec();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyValidRecordRoundTripsThroughTheWire(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            Sample sample = randomSample(random);
            binder.validate(sample);

            String frame = codec.encode(new CallResult("id", binder.toTree(sample)));
            Sample back = binder.bind(((CallResult) codec.decode(frame)).payload(), Sample.class);

            assertThat(back).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(sample);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void garbageNeverFailsWithAnythingButRpcException(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES * 4; i++) {
            JsonNode garbage = randomObject(random, 3);
            try {
                binder.bind(garbage, Sample.class);
            } catch (RpcException expected) {
                assertThat(expected.getMessage()).isNotBlank().hasSizeLessThanOrEqualTo(255);
            } catch (RuntimeException unexpected) {
                fail("bind(" + garbage + ") threw " + unexpected, unexpected);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void oneMutatedPropertyIsEitherAcceptedOrRejectedWithRpcException(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            ObjectNode tree = (ObjectNode) binder.toTree(randomSample(random));
            tree.set(NAMES.get(random.nextInt(NAMES.size())), randomValue(random, 2));
            try {
                binder.bind(tree, Sample.class);
            } catch (RpcException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            } catch (RuntimeException unexpected) {
                fail("bind(" + tree + ") threw " + unexpected, unexpected);
            }
        }
    }

    private static Sample randomSample(Random random) {
        return new Sample(
                random.nextInt(0, Integer.MAX_VALUE),
                maybe(random, () -> randomText(random, 20)),
                maybe(random, random::nextLong),
                maybe(random, () -> BigDecimal.valueOf(random.nextLong(-1_000_000_000L, 1_000_000_000L), random.nextInt(0, 6))),
                maybe(random, random::nextBoolean),
                maybe(random, () -> Instant.ofEpochMilli(random.nextLong(0, 4_102_444_800_000L))),
                maybe(random, () -> randomColor(random)),
                maybe(random, () -> randomReading(random)),
                maybe(random, () -> randomList(random, 1, 3, () -> randomReading(random))),
                maybe(random, () -> randomList(random, 0, 4, () -> randomColor(random))),
                maybe(random, () -> randomList(random, 0, 4, () -> randomText(random, 5))),
                maybe(random, () -> randomObject(random, 2)));
    }

    private static Reading randomReading(Random random) {
        return new Reading(randomText(random, 10), maybe(random, () -> randomColor(random)),
                maybe(random, () -> random.nextInt(0, 101)));
    }

    private static Color randomColor(Random random) {
        return Color.values()[random.nextInt(Color.values().length)];
    }

    private static String randomText(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(0, maxLength + 1);
        for (int i = 0; i < length; i++) {
            // Mostly printable ASCII, sometimes any BMP character (quotes, backslashes, accents, CJK).
            text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x20, 0xD800) : (char) random.nextInt(0x20, 0x7F));
        }
        return text.toString();
    }

    private static <T> List<T> randomList(Random random, int min, int max, java.util.function.Supplier<T> item) {
        List<T> list = new ArrayList<>();
        int size = random.nextInt(min, max + 1);
        for (int i = 0; i < size; i++) {
            list.add(item.get());
        }
        return list;
    }

    private static <T> T maybe(Random random, java.util.function.Supplier<T> value) {
        return random.nextBoolean() ? value.get() : null;
    }

    private static ObjectNode randomObject(Random random, int depth) {
        ObjectNode object = NODES.objectNode();
        int size = random.nextInt(0, 6);
        for (int i = 0; i < size; i++) {
            object.set(NAMES.get(random.nextInt(NAMES.size())), randomValue(random, depth - 1));
        }
        return object;
    }

    private static JsonNode randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 12 : 10);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt());
            case 3 -> NODES.numberNode(random.nextLong());
            case 4 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(-5, 30)));
            case 5 -> NODES.numberNode(new BigDecimal(random.nextLong()).pow(3));
            case 6 -> NODES.stringNode(randomText(random, 30));
            case 7 -> NODES.stringNode(List.of("Blue", "Light.Red", "GREEN", "2024-03-01T10:15:30Z", "1").get(random.nextInt(5)));
            case 8 -> NODES.numberNode(List.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e300).get(random.nextInt(4)));
            case 9 -> NODES.stringNode("");
            case 10 -> randomObject(random, depth);
            default -> {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(0, 5);
                for (int i = 0; i < size; i++) {
                    array.add(randomValue(random, depth - 1));
                }
                yield array;
            }
        };
    }
}
