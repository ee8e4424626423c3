package io.busbar.smartcharging.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Launches {@link AcnBenchmark} with the test classpath, for bench/run-acn-replay.sh. Not a test: its name matches
 * none of surefire's default includes (so {@code mvn verify} never runs it) and it runs only when
 * {@code acn.dataset} is set.
 */
class AcnReplayBenchmark {
    @Test
    @EnabledIfSystemProperty(named = "acn.dataset", matches = ".+")
    void replayTheAcnSessions() throws Exception {
        AcnBenchmark.main(new String[] {System.getProperty("acn.dataset"), System.getProperty("acn.mode", "full")});
    }
}
