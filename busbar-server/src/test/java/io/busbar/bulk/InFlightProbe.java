package io.busbar.bulk;

import io.busbar.simulator.chargepoint.CsmsCallHandler;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.Duration;

/**
 * Counts the CSMS calls that many simulated chargers are handling at the same moment, and the most ever seen.
 * The chargers take a moment to answer, like real ones: each answer waits until {@code crowd} calls are in
 * progress at once or {@code patience} has passed, whichever is first, so a test sees the concurrency limit
 * reached quickly without slowing every answer down.
 */
final class InFlightProbe {
    private final int crowd;
    private final Duration patience;
    private int inFlight;
    private int max;

    InFlightProbe(int crowd, Duration patience) {
        this.crowd = crowd;
        this.patience = patience;
    }

    /** Answers {@code {"status": <status>}} after the wait described above. */
    CsmsCallHandler answering(String status) {
        return call -> {
            enter();
            try {
                return JsonNodeFactory.instance.objectNode().put("status", status);
            } finally {
                exit();
            }
        };
    }

    /** Lets {@code real} answer (the simulator's own behaviour), after the wait described above. */
    CsmsCallHandler wrapping(CsmsCallHandler real) {
        return call -> {
            enter();
            try {
                return real.answer(call);
            } finally {
                exit();
            }
        };
    }

    synchronized int max() {
        return max;
    }

    private synchronized void enter() {
        inFlight++;
        max = Math.max(max, inFlight);
        notifyAll();
        long deadline = System.nanoTime() + patience.toNanos();
        long remaining;
        while (inFlight < crowd && (remaining = deadline - System.nanoTime()) > 0) {
            try {
                wait(Math.max(1, remaining / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized void exit() {
        inFlight--;
    }
}
