package io.busbar.sessions.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.MeterReading;
import io.busbar.sessions.SessionId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

/** The {@code meter_readings} time series. */
@Repository
class MeterReadings {
    private static final String INSERT = """
            INSERT INTO meter_readings (session_id, charger_identity, evse_id, ts, measurand, phase, unit, context,
                location, value) VALUES\s""";
    private static final String ROW_PLACEHOLDERS = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int COLUMNS = 10;
    /** PostgreSQL binds at most 65,535 parameters per statement; messages with more samples are split. */
    static final int MAX_ROWS_PER_STATEMENT = 6_000;

    private final JdbcClient jdbc;

    MeterReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the samples of one message with one multi-row INSERT. A sample already stored (a retried message) is
     * skipped.
     *
     * @param session null for samples outside a known transaction
     * @param readings samples with defaults filled in
     */
    void insert(ChargerIdentity charger, int evseId, SessionId session, List<MeterReading> readings) {
        insert(readings.stream().map(reading -> new Row(session, charger, evseId, reading)).toList());
    }

    /**
     * Stores samples of any sessions and chargers with as few multi-row INSERTs as the parameter limit allows
     * (bursts of MeterValues are the hot path). A sample already stored (a retried message) is skipped.
     */
    void insert(List<Row> rows) {
        for (int from = 0; from < rows.size(); from += MAX_ROWS_PER_STATEMENT) {
            insertBatch(rows.subList(from, Math.min(rows.size(), from + MAX_ROWS_PER_STATEMENT)));
        }
    }

    private void insertBatch(List<Row> batch) {
        StringBuilder sql = new StringBuilder(INSERT.length() + batch.size() * (ROW_PLACEHOLDERS.length() + 2) + 32)
                .append(INSERT);
        List<Object> params = new ArrayList<>(batch.size() * COLUMNS);
        for (int i = 0; i < batch.size(); i++) {
            Row row = batch.get(i);
            MeterReading reading = row.reading();
            sql.append(i == 0 ? "" : ", ").append(ROW_PLACEHOLDERS);
            params.add(row.session() == null ? null : row.session().value());
            params.add(row.charger().value());
            params.add(row.evseId());
            params.add(ChargingSessions.timestamp(reading.timestamp()));
            params.add(reading.measurand());
            params.add(reading.phase());
            params.add(reading.unit());
            params.add(reading.context());
            params.add(reading.location());
            params.add(reading.value());
        }
        sql.append(" ON CONFLICT DO NOTHING");
        jdbc.sql(sql.toString()).params(params).update();
    }

    /**
     * One sample to store.
     *
     * @param session null for a sample outside a known transaction
     * @param reading with defaults filled in
     */
    record Row(SessionId session, ChargerIdentity charger, int evseId, MeterReading reading) {
    }

    /** Files a session's samples under the EVSE learned after they arrived (a 2.0.1 event may omit the EVSE). */
    void assignEvse(SessionId session, int evseId) {
        jdbc.sql("UPDATE meter_readings SET evse_id = :evse WHERE session_id = :session AND evse_id <> :evse")
                .param("evse", evseId).param("session", session.value()).update();
    }

    /** A session's samples in time order, optionally of one measurand. */
    List<MeterReading> forSession(SessionId session, String measurand) {
        return jdbc.sql("""
                        SELECT ts, measurand, phase, unit, context, location, value FROM meter_readings
                         WHERE session_id = :session AND (CAST(:measurand AS text) IS NULL OR measurand = :measurand)
                         ORDER BY ts, id""")
                .param("session", session.value()).param("measurand", measurand).query(ROW).list();
    }

    private static final RowMapper<MeterReading> ROW = (rs, n) -> new MeterReading(
            ChargingSessions.instant(rs, "ts"), rs.getString("measurand"), rs.getString("phase"), rs.getString("unit"),
            rs.getString("context"), rs.getString("location"), rs.getBigDecimal("value"));
}
