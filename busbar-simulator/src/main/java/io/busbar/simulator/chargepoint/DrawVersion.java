package io.busbar.simulator.chargepoint;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Tells a reader of several chargers' draw whether what it read was true at one instant. Every change of what an EV
 * may draw here (a profile set or cleared, a session started, advanced or ended) runs inside {@link #change}: the
 * version moves before the change becomes visible and a change in progress is counted. A reader takes a
 * {@link #stamp()} of every charger, reads their draw, and keeps the reading only if no stamp moved and none was
 * taken mid-change (a seqlock over many chargers). Without it, a sampler reading charger A before A lowered and
 * charger B after B was raised sums two limits that never held together.
 */
public final class DrawVersion {
    private final AtomicLong version = new AtomicLong();
    private final AtomicInteger changing = new AtomicInteger();

    /** A moment's stamp; {@code settled} is false while some change is in progress. */
    public record Stamp(long version, boolean settled) {
    }

    public Stamp stamp() {
        boolean settled = changing.get() == 0;
        return new Stamp(version.get(), settled);
    }

    <T> T change(Supplier<T> change) {
        changing.incrementAndGet();
        version.incrementAndGet();
        try {
            return change.get();
        } finally {
            version.incrementAndGet();
            changing.decrementAndGet();
        }
    }

    void change(Runnable change) {
        change(() -> {
            change.run();
            return null;
        });
    }
}
