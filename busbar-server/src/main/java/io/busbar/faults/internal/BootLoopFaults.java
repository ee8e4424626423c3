package io.busbar.faults.internal;

import io.busbar.chargers.ChargerBooted;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.faults.Fault;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Boot loops: {@code boot-loop-boots} accepted boots within {@code boot-loop-window} open a BOOT_LOOP fault
 * (CRITICAL, from the first of them); it closes once the charger has stayed up for {@code boot-loop-quiet}.
 */
@Component
class BootLoopFaults {
    private final FaultJournal journal;
    private final JdbcClient jdbc;
    private final FaultProperties properties;

    BootLoopFaults(FaultJournal journal, JdbcClient jdbc, FaultProperties properties) {
        this.journal = journal;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(ChargerBooted booted) {
        String charger = booted.charger().value();
        journal.lock("boots:" + charger); // concurrent boots must see each other
        Duration keep = properties.bootLoopWindow().compareTo(properties.bootLoopQuiet()) > 0
                ? properties.bootLoopWindow() : properties.bootLoopQuiet();
        jdbc.sql("DELETE FROM fault_boots WHERE charger = :charger AND booted_at < :oldest")
                .param("charger", charger).param("oldest", sql(booted.at().minus(keep))).update();
        jdbc.sql("INSERT INTO fault_boots (charger, booted_at) VALUES (:charger, :at)")
                .param("charger", charger).param("at", sql(booted.at())).update();
        // Listeners may see boots out of order: look for N boots within the window anywhere in what is kept.
        List<Instant> boots = jdbc.sql("SELECT booted_at FROM fault_boots WHERE charger = :charger ORDER BY booted_at")
                .param("charger", charger).query(OffsetDateTime.class).list().stream()
                .map(OffsetDateTime::toInstant).toList();
        int n = properties.bootLoopBoots();
        for (int last = n - 1; last < boots.size(); last++) {
            Instant first = boots.get(last - n + 1);
            if (Duration.between(first, boots.get(last)).compareTo(properties.bootLoopWindow()) < 0) {
                journal.open(new NewFault(booted.charger(), null, FaultType.BOOT_LOOP, FaultSeverity.CRITICAL, null,
                        n + " boots within " + properties.bootLoopWindow(),
                        Map.of("kind", "BootNotification", "boots", boots.subList(last - n + 1, last + 1).stream()
                                        .map(Instant::toString).toList(),
                                "window", properties.bootLoopWindow().toString(),
                                "firmwareVersion", String.valueOf(booted.firmwareVersion())),
                        first));
                return;
            }
        }
    }

    /** Closes boot loops whose charger has not booted for the quiet period. */
    void check(Instant now) {
        for (Fault loop : journal.openOfType(FaultType.BOOT_LOOP)) {
            Instant lastBoot = lastBoot(loop.charger());
            Instant quietSince = lastBoot == null ? loop.openedAt() : lastBoot;
            if (!quietSince.plus(properties.bootLoopQuiet()).isAfter(now)) {
                journal.closeOpen(loop.charger(), null, List.of(FaultType.BOOT_LOOP), null,
                        quietSince.plus(properties.bootLoopQuiet()), "no boot for " + properties.bootLoopQuiet());
                // Those boots are accounted for: the next loop must be made of new ones.
                jdbc.sql("DELETE FROM fault_boots WHERE charger = :charger AND booted_at <= :quietSince")
                        .param("charger", loop.charger().value()).param("quietSince", sql(quietSince)).update();
            }
        }
    }

    private Instant lastBoot(ChargerIdentity charger) {
        OffsetDateTime last = jdbc.sql("SELECT max(booted_at) FROM fault_boots WHERE charger = :charger")
                .param("charger", charger.value()).query(OffsetDateTime.class).single();
        return last == null ? null : last.toInstant();
    }

    private static OffsetDateTime sql(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
