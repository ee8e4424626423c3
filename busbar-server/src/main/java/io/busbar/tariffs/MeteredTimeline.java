package io.busbar.tariffs;

import java.time.Instant;
import java.util.List;

/**
 * A session's meter samples in time order, from its start (first sample) to its end or to now (last sample).
 * The register never goes down; instants strictly increase.
 */
public record MeteredTimeline(List<MeterSample> samples) {
    public MeteredTimeline {
        if (samples == null || samples.isEmpty()) {
            throw new IllegalArgumentException("a metered timeline needs at least one sample");
        }
        samples = List.copyOf(samples);
        for (int i = 1; i < samples.size(); i++) {
            MeterSample previous = samples.get(i - 1);
            MeterSample sample = samples.get(i);
            if (!sample.at().isAfter(previous.at())) {
                throw new IllegalArgumentException("meter samples must be in strictly increasing time order: "
                        + sample.at() + " follows " + previous.at());
            }
            if (sample.registerWh().compareTo(previous.registerWh()) < 0) {
                throw new IllegalArgumentException("the energy register went down at " + sample.at() + ": "
                        + previous.registerWh() + " Wh -> " + sample.registerWh() + " Wh");
            }
        }
    }

    public Instant start() {
        return samples.getFirst().at();
    }

    public Instant end() {
        return samples.getLast().at();
    }
}
