package io.busbar.predictive.method;

import java.time.Instant;
import java.util.List;

/**
 * An EVSE's risk with the signals behind it.
 *
 * @param risk    0..1: the signals combined as independent pieces of evidence, 1 − Π(1 − score)
 * @param signals every signal with a score above 0, strongest first
 */
public record Assessment(double risk, List<Signal> signals, Instant at) {
    public Assessment {
        signals = List.copyOf(signals);
    }

    public List<String> evidence() {
        return signals.stream().map(Signal::evidence).toList();
    }

    public enum Kind { CONTACT_HEATING, VOLTAGE_SAG, FAULT_RATE, EARLY_ENDINGS }

    /** One signal: its score 0..1 and what it is, in words with numbers. */
    public record Signal(Kind kind, double score, String evidence) {
    }
}
