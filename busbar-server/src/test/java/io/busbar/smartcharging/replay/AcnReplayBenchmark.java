package io.busbar.smartcharging.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Launches {@link AcnBenchmark} (bench/run-acn-replay.sh) and {@link ReplayCommand} (bench/run-replay.sh) with the
 * test classpath. Not a test: its name matches none of surefire's default includes (so {@code mvn verify} never
 * runs it) and each method runs only when its system property is set.
 */
class AcnReplayBenchmark {
    @Test
    @EnabledIfSystemProperty(named = "acn.dataset", matches = ".+")
    void replayTheAcnSessions() throws Exception {
        AcnBenchmark.main(new String[] {System.getProperty("acn.dataset"), System.getProperty("acn.mode", "full")});
    }

    /** For bench/run-replay.sh: any history on any site, arguments as for {@link ReplayCommand}. */
    @Test
    @EnabledIfSystemProperty(named = "replay.args", matches = ".+")
    void replayAnyHistory() throws Exception {
        ReplayCommand.main(System.getProperty("replay.args").trim().split("\\s+"));
    }
}
