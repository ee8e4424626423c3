package io.busbar.commands.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.DisplayMessage;
import io.busbar.commands.DisplayMessages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The display_messages table. */
@Component
class DisplayMessageTable implements DisplayMessages {
    private final JdbcClient jdbc;

    DisplayMessageTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Reported> reported(ChargerIdentity charger) {
        return jdbc.sql("SELECT * FROM display_messages WHERE charger = :charger ORDER BY message_id")
                .param("charger", charger.value()).query(DisplayMessageTable::map).list();
    }

    @Override
    @Transactional
    public void report(ChargerIdentity charger, int requestId, List<DisplayMessage> messages, Instant at) {
        jdbc.sql("DELETE FROM display_messages WHERE charger = :charger AND request_id <> :requestId")
                .param("charger", charger.value()).param("requestId", requestId).update();
        for (DisplayMessage message : messages) {
            jdbc.sql("""
                            INSERT INTO display_messages (charger, message_id, request_id, priority, state, format,
                                language, content, start_at, end_at, transaction_id, evse_id, reported_at)
                            VALUES (:charger, :id, :requestId, :priority, :state, :format, :language, :content,
                                :startAt, :endAt, :transactionId, :evseId, :at)
                            ON CONFLICT (charger, message_id) DO UPDATE SET request_id = EXCLUDED.request_id,
                                priority = EXCLUDED.priority, state = EXCLUDED.state, format = EXCLUDED.format,
                                language = EXCLUDED.language, content = EXCLUDED.content,
                                start_at = EXCLUDED.start_at, end_at = EXCLUDED.end_at,
                                transaction_id = EXCLUDED.transaction_id, evse_id = EXCLUDED.evse_id,
                                reported_at = EXCLUDED.reported_at""")
                    .param("charger", charger.value()).param("id", message.id()).param("requestId", requestId)
                    .param("priority", message.priority()).param("state", message.state())
                    .param("format", message.format()).param("language", message.language())
                    .param("content", message.content()).param("startAt", timestamp(message.startDateTime()))
                    .param("endAt", timestamp(message.endDateTime()))
                    .param("transactionId", message.transactionId()).param("evseId", message.evseId())
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    @Override
    public void forget(ChargerIdentity charger, int messageId) {
        jdbc.sql("DELETE FROM display_messages WHERE charger = :charger AND message_id = :id")
                .param("charger", charger.value()).param("id", messageId).update();
    }

    @Override
    public void forgetAll(ChargerIdentity charger) {
        jdbc.sql("DELETE FROM display_messages WHERE charger = :charger").param("charger", charger.value()).update();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Reported map(ResultSet rs, int row) throws SQLException {
        DisplayMessage message = new DisplayMessage(rs.getInt("message_id"), rs.getString("priority"),
                rs.getString("state"), rs.getString("format"), rs.getString("language"), rs.getString("content"),
                instant(rs, "start_at"), instant(rs, "end_at"), rs.getString("transaction_id"),
                rs.getObject("evse_id", Integer.class));
        return new Reported(message, rs.getInt("request_id"), instant(rs, "reported_at"));
    }
}
