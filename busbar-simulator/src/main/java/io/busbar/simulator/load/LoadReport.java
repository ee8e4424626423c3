package io.busbar.simulator.load;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a load run: connections, throughput, errors and latency percentiles per action. Latencies are
 * in microseconds (shown in milliseconds).
 */
public record LoadReport(String url, String protocol, int chargersRequested, int connected, int connectFailures,
                         int peakConnections, Duration steadyElapsed, long steadyMessages, Duration burstElapsed,
                         long burstMessages, long callErrors, long timeouts, long disconnects,
                         Map<String, Long> callErrorCodes, List<ActionLatency> latencies) {

    /** Round-trip latency of one action, microseconds. */
    public record ActionLatency(String action, long count, long p50Micros, long p95Micros, long p99Micros,
                                long maxMicros) {
        static ActionLatency of(String action, LatencyHistogram histogram) {
            return new ActionLatency(action, histogram.count(), histogram.percentile(50), histogram.percentile(95),
                    histogram.percentile(99), histogram.max());
        }
    }

    public double steadyMessagesPerSecond() {
        return perSecond(steadyMessages, steadyElapsed);
    }

    public double burstMessagesPerSecond() {
        return perSecond(burstMessages, burstElapsed);
    }

    /** True when every charger connected and no call failed, timed out or lost its socket. */
    public boolean clean() {
        return connected == chargersRequested && connectFailures == 0 && callErrors == 0 && timeouts == 0
                && disconnects == 0;
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "OCPP load run against %s (%s)%n", url, protocol));
        text.append(String.format(Locale.ROOT,
                "connections: %d/%d connected, peak held %d, connect failures %d%n",
                connected, chargersRequested, peakConnections, connectFailures));
        text.append(String.format(Locale.ROOT, "steady: %d messages in %.1f s = %.1f msg/s%n",
                steadyMessages, seconds(steadyElapsed), steadyMessagesPerSecond()));
        if (burstMessages > 0) {
            text.append(String.format(Locale.ROOT, "burst:  %d messages in %.1f s = %.1f msg/s%n",
                    burstMessages, seconds(burstElapsed), burstMessagesPerSecond()));
        }
        text.append(String.format(Locale.ROOT, "errors: %d CALLERROR%s, %d timeouts, %d disconnects%n",
                callErrors, callErrorCodes.isEmpty() ? "" : " " + callErrorCodes, timeouts, disconnects));
        text.append(String.format(Locale.ROOT, "%-18s %9s %9s %9s %9s %9s%n",
                "action", "count", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        for (ActionLatency latency : latencies) {
            text.append(String.format(Locale.ROOT, "%-18s %9d %9.2f %9.2f %9.2f %9.2f%n", latency.action(),
                    latency.count(), latency.p50Micros() / 1000.0, latency.p95Micros() / 1000.0,
                    latency.p99Micros() / 1000.0, latency.maxMicros() / 1000.0));
        }
        return text.toString();
    }

    public String toJson() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode()
                .put("url", url)
                .put("protocol", protocol)
                .put("chargersRequested", chargersRequested)
                .put("connected", connected)
                .put("connectFailures", connectFailures)
                .put("peakConnections", peakConnections)
                .put("steadySeconds", rounded(seconds(steadyElapsed)))
                .put("steadyMessages", steadyMessages)
                .put("steadyMessagesPerSecond", rounded(steadyMessagesPerSecond()))
                .put("burstSeconds", rounded(seconds(burstElapsed)))
                .put("burstMessages", burstMessages)
                .put("burstMessagesPerSecond", rounded(burstMessagesPerSecond()))
                .put("callErrors", callErrors)
                .put("timeouts", timeouts)
                .put("disconnects", disconnects);
        ObjectNode codes = root.putObject("callErrorCodes");
        callErrorCodes.forEach(codes::put);
        ObjectNode byAction = root.putObject("latencyMicros");
        for (ActionLatency latency : latencies) {
            byAction.putObject(latency.action())
                    .put("count", latency.count())
                    .put("p50", latency.p50Micros())
                    .put("p95", latency.p95Micros())
                    .put("p99", latency.p99Micros())
                    .put("max", latency.maxMicros());
        }
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static double perSecond(long messages, Duration elapsed) {
        return elapsed.isZero() ? 0 : messages / seconds(elapsed);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
