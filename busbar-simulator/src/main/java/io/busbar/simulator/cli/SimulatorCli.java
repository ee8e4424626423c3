package io.busbar.simulator.cli;

import io.busbar.simulator.load.LoadReport;
import io.busbar.simulator.load.LoadRun;
import io.busbar.simulator.load.LoadRunConfig;
import io.busbar.simulator.load.ProtocolMix;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Command line of the simulator: realistic charging sessions (default) or a bounded load run ({@code --load}).
 * Exit status: 0 done, 1 nothing could connect (or the load run was not clean), 2 bad arguments.
 */
public final class SimulatorCli {
    static final String USAGE = """
            Usage: java -jar busbar-simulator-cli.jar --url ws://localhost:8080/ocpp [options]
              --protocol ocpp1.6|ocpp2.0.1|mixed   version of the chargers (default ocpp1.6; mixed alternates)
              --chargers N                         number of chargers, identities SIM-0001... (default 1)
              --duration 10m                       how long to run, real time (ms, s, m, h; default 10m)
              --password-file FILE                 one shared password, or lines SIM-0001=password (HTTP Basic)
              --tokens TAG1,TAG2                   id tokens presented by drivers (default SIM-TOKEN-1)
              --speed 60                           simulated time runs this many times faster (default 60)
            Load run (loopback only unless --allow-remote), identities LOAD-00001...:
              --load                               run the bounded load generator instead of sessions
              --rate 100                           new connections per second
              --interval 10s                       Heartbeat + MeterValues period per charger (jittered ±20%)
              --burst K                            then K back-to-back messages per charger (default 0)
              --burst-action MeterValues|Heartbeat
              --call-timeout 30s                   how long a CALL may wait for its answer
              --chargers-per-client 1000           connections per HttpClient
              --report FILE.json                   also write the report as JSON
              --allow-remote                       permit a non-loopback target (only machines you own)
            """;
    private static final Set<String> VALUE_OPTIONS = Set.of("url", "protocol", "chargers", "duration",
            "password-file", "tokens", "speed", "rate", "interval", "burst", "burst-action", "call-timeout",
            "chargers-per-client", "report");
    private static final Set<String> FLAGS = Set.of("load", "allow-remote", "help");

    private SimulatorCli() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args, VALUE_OPTIONS, FLAGS);
            if (arguments.flag("help")) {
                out.print(USAGE);
                return 0;
            }
            return arguments.flag("load") ? load(arguments, out) : sessions(arguments, out);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
    }

    private static int sessions(CliArguments arguments, PrintStream out) throws InterruptedException {
        String url = arguments.required("url");
        ProtocolMix protocol = ProtocolMix.parse(arguments.string("protocol", "ocpp1.6"));
        int chargers = Math.max(1, arguments.positiveInt("chargers", 1));
        Duration duration = arguments.duration("duration", Duration.ofMinutes(10));
        List<String> tokens = arguments.list("tokens", List.of("SIM-TOKEN-1"));
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("--tokens needs at least one token");
        }
        String passwordFile = arguments.string("password-file", null);
        PasswordFile passwords = passwordFile == null ? PasswordFile.none() : PasswordFile.read(Path.of(passwordFile));
        ScaledClock clock = new ScaledClock(Instant.now(), arguments.positiveDouble("speed", 60));
        out.printf("Simulating %d %s chargers against %s for %s at %.0fx speed%n", chargers, protocol.label(), url,
                duration, clock.speed());
        int connected = new ScenarioRun(url, protocol, chargers, duration, tokens, passwords, clock, out).run();
        return connected > 0 ? 0 : 1;
    }

    private static int load(CliArguments arguments, PrintStream out) throws InterruptedException {
        String passwordFile = arguments.string("password-file", null);
        String password = passwordFile == null ? null
                : PasswordFile.read(Path.of(passwordFile)).passwordOf("LOAD-00001").orElse(null);
        LoadRunConfig config = new LoadRunConfig(
                arguments.required("url"),
                ProtocolMix.parse(arguments.string("protocol", "ocpp1.6")),
                Math.max(1, arguments.positiveInt("chargers", 1)),
                arguments.positiveDouble("rate", 100),
                arguments.duration("duration", Duration.ofMinutes(1)),
                arguments.duration("interval", Duration.ofSeconds(10)),
                arguments.positiveInt("burst", 0),
                arguments.string("burst-action", "MeterValues"),
                Duration.ofSeconds(120),
                arguments.duration("call-timeout", Duration.ofSeconds(30)),
                Math.max(1, arguments.positiveInt("chargers-per-client", 1000)),
                password,
                arguments.flag("allow-remote"));
        out.printf("Load: %d %s chargers at %.0f connections/s for %s, interval %s, burst %d %s%n",
                config.chargers(), config.protocol().label(), config.connectRatePerSecond(), config.duration(),
                config.interval(), config.burstMessages(), config.burstAction());
        LoadReport report = new LoadRun(config).run();
        out.print(report.toText());
        String reportFile = arguments.string("report", null);
        if (reportFile != null) {
            try {
                Files.writeString(Path.of(reportFile), report.toJson(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot write report " + reportFile + ": " + e.getMessage());
            }
        }
        return report.clean() ? 0 : 1;
    }
}
