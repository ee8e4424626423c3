package io.busbar.simulator.load;

import java.time.Duration;

/**
 * What a load run does. Every phase is bounded: the steady phase by {@code duration}, the burst by
 * {@code burstMessages} per charger and {@code burstTimeLimit}.
 *
 * @param url                  the CSMS base URL, e.g. {@code ws://127.0.0.1:8080/ocpp}
 * @param chargers             how many chargers connect (identities {@code LOAD-00001}...)
 * @param connectRatePerSecond how many new connections per second
 * @param duration             the steady phase, counted from the first connection
 * @param interval             Heartbeat and MeterValues period per charger (jittered ±20%)
 * @param burstMessages        messages each charger sends back-to-back after the steady phase (0 = no burst)
 * @param burstAction          {@code MeterValues} or {@code Heartbeat}
 * @param burstTimeLimit       the burst stops when this is over even if not all messages went
 * @param callTimeout          how long a CALL may wait for its answer
 * @param chargersPerClient    connections per shared HttpClient (its selector thread is the bottleneck)
 * @param password             HTTP Basic password for every charger, or null
 * @param allowRemote          permits a non-loopback target
 */
public record LoadRunConfig(String url, ProtocolMix protocol, int chargers, double connectRatePerSecond,
                            Duration duration, Duration interval, int burstMessages, String burstAction,
                            Duration burstTimeLimit, Duration callTimeout, int chargersPerClient, String password,
                            boolean allowRemote) {

    public LoadRunConfig {
        if (chargers < 1 || connectRatePerSecond <= 0 || burstMessages < 0 || chargersPerClient < 1) {
            throw new IllegalArgumentException("chargers, rate and clients must be positive, burst not negative");
        }
        if (duration.isNegative() || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("duration must not be negative, interval must be positive");
        }
        if (!burstAction.equals("MeterValues") && !burstAction.equals("Heartbeat")) {
            throw new IllegalArgumentException("burst action must be MeterValues or Heartbeat, not " + burstAction);
        }
    }

    /** Defaults: 100 connections/s, 10 s interval, no burst, 30 s call timeout, 1,000 chargers per HttpClient. */
    public static LoadRunConfig of(String url, ProtocolMix protocol, int chargers, Duration duration) {
        return new LoadRunConfig(url, protocol, chargers, 100, duration, Duration.ofSeconds(10), 0, "MeterValues",
                Duration.ofSeconds(60), Duration.ofSeconds(30), 1000, null, false);
    }

    public LoadRunConfig withRate(double connectionsPerSecond) {
        return new LoadRunConfig(url, protocol, chargers, connectionsPerSecond, duration, interval, burstMessages,
                burstAction, burstTimeLimit, callTimeout, chargersPerClient, password, allowRemote);
    }

    public LoadRunConfig withInterval(Duration period) {
        return new LoadRunConfig(url, protocol, chargers, connectRatePerSecond, duration, period, burstMessages,
                burstAction, burstTimeLimit, callTimeout, chargersPerClient, password, allowRemote);
    }

    public LoadRunConfig withBurst(int messages, String action) {
        return new LoadRunConfig(url, protocol, chargers, connectRatePerSecond, duration, interval, messages, action,
                burstTimeLimit, callTimeout, chargersPerClient, password, allowRemote);
    }

    public LoadRunConfig withPassword(String secret) {
        return new LoadRunConfig(url, protocol, chargers, connectRatePerSecond, duration, interval, burstMessages,
                burstAction, burstTimeLimit, callTimeout, chargersPerClient, secret, allowRemote);
    }

    public LoadRunConfig withChargersPerClient(int perClient) {
        return new LoadRunConfig(url, protocol, chargers, connectRatePerSecond, duration, interval, burstMessages,
                burstAction, burstTimeLimit, callTimeout, perClient, password, allowRemote);
    }

    public LoadRunConfig withRemoteAllowed(boolean allowed) {
        return new LoadRunConfig(url, protocol, chargers, connectRatePerSecond, duration, interval, burstMessages,
                burstAction, burstTimeLimit, callTimeout, chargersPerClient, password, allowed);
    }
}
