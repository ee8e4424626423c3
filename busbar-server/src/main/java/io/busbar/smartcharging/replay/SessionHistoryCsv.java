package io.busbar.smartcharging.replay;

import io.busbar.platform.units.Energy;
import io.busbar.platform.units.Power;
import io.busbar.smartcharging.allocation.EvPhases;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a session history CSV (docs/load-management-replay.md): a header row, then one session per row. Required
 * columns: {@code session_id}, {@code evse_id} (or {@code station_id}), {@code arrival_utc}, {@code departure_utc}
 * (ISO-8601 instants), {@code energy_kwh}, {@code max_power_kw}; optional: {@code phases} (1 or 3; empty = unknown),
 * {@code priority} (integer, default 0). Other columns (e.g. ACN's {@code line_pair}, {@code pod}) are ignored here.
 * Fields must not contain commas.
 */
public final class SessionHistoryCsv {
    private SessionHistoryCsv() {
    }

    /** @throws IllegalArgumentException naming the line and column of the first bad value */
    public static List<ReplaySession> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty file, expected a header row");
        }
        Map<String, Integer> columns = header(lines.getFirst());
        String evseColumn = columns.containsKey("evse_id") ? "evse_id" : "station_id";
        for (String required : List.of("session_id", evseColumn, "arrival_utc", "departure_utc", "energy_kwh", "max_power_kw")) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException(file + ": missing column " + required);
            }
        }
        List<ReplaySession> sessions = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            Row row = new Row(file, n + 1, fields, columns);
            String phases = row.optional("phases");
            EvPhases evPhases = switch (phases) {
                case "" -> EvPhases.UNKNOWN;
                case "1" -> EvPhases.SINGLE;
                case "3" -> EvPhases.THREE;
                default -> throw row.bad("phases", "expected 1, 3 or empty");
            };
            String priority = row.optional("priority");
            sessions.add(new ReplaySession(row.get("session_id"), row.get(evseColumn), row.instant("arrival_utc"),
                    row.instant("departure_utc"), Energy.ofKilowattHours(row.decimal("energy_kwh")),
                    Power.ofWatts(row.decimal("max_power_kw").movePointRight(3).longValue()), evPhases,
                    priority.isEmpty() ? 0 : Integer.parseInt(priority)));
        }
        return sessions;
    }

    private static Map<String, Integer> header(String line) {
        Map<String, Integer> columns = new HashMap<>();
        String[] names = line.split(",", -1);
        for (int c = 0; c < names.length; c++) {
            columns.put(names[c].trim(), c);
        }
        return columns;
    }

    private record Row(Path file, int lineNumber, String[] fields, Map<String, Integer> columns) {
        String get(String column) {
            int c = columns.get(column);
            if (c >= fields.length || fields[c].isBlank()) {
                throw bad(column, "missing value");
            }
            return fields[c].trim();
        }

        String optional(String column) {
            Integer c = columns.get(column);
            return c == null || c >= fields.length ? "" : fields[c].trim();
        }

        Instant instant(String column) {
            try {
                return Instant.parse(get(column));
            } catch (DateTimeParseException e) {
                throw bad(column, "not an ISO-8601 instant");
            }
        }

        BigDecimal decimal(String column) {
            try {
                BigDecimal value = new BigDecimal(get(column));
                if (value.signum() < 0) {
                    throw bad(column, "must not be negative");
                }
                return value;
            } catch (NumberFormatException e) {
                throw bad(column, "not a number");
            }
        }

        IllegalArgumentException bad(String column, String why) {
            return new IllegalArgumentException(file + " line " + lineNumber + ", column " + column + ": " + why);
        }
    }
}
