package io.busbar.devicemodel.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.devicemodel.DeviceReports;
import io.busbar.devicemodel.ReportPart;
import io.busbar.devicemodel.ReportPart.ReportedVariable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps NotifyReport parts until the last one and then folds the whole report into the inventory. A part is
 * committed before the charger gets its answer, so a Busbar restart mid-report loses nothing the charger was told
 * was received.
 */
@Service
class ReportAssembler implements DeviceReports {
    private static final Logger log = LoggerFactory.getLogger(ReportAssembler.class);
    private static final TypeReference<List<ReportedVariable>> VARIABLES = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final InventoryTable inventory;
    private final ObjectMapper json;
    private final Clock clock;

    ReportAssembler(JdbcClient jdbc, InventoryTable inventory, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.inventory = inventory;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void received(ChargerIdentity charger, ReportPart part) {
        Instant now = clock.instant();
        // A part sent again (the charger missed our answer) is already stored: ignore it.
        jdbc.sql("""
                        INSERT INTO device_report_parts (charger, request_id, seq_no, tbc, generated_at, received_at, variables)
                        VALUES (:charger, :requestId, :seqNo, :tbc, :generatedAt, :now, :variables::jsonb)
                        ON CONFLICT DO NOTHING""")
                .param("charger", charger.value()).param("requestId", part.requestId()).param("seqNo", part.seqNo())
                .param("tbc", part.tbc())
                .param("generatedAt", Timestamp.from(part.generatedAt() == null ? now : part.generatedAt()))
                .param("now", Timestamp.from(now)).param("variables", json.writeValueAsString(part.variables()))
                .update();
        if (!part.tbc()) {
            assemble(charger, part.requestId(), part.seqNo(), now);
        }
    }

    private void assemble(ChargerIdentity charger, int requestId, int lastSeqNo, Instant now) {
        List<String> parts = jdbc.sql("""
                        SELECT variables::text FROM device_report_parts
                        WHERE charger = :charger AND request_id = :requestId ORDER BY seq_no""")
                .param("charger", charger.value()).param("requestId", requestId).query(String.class).list();
        if (parts.size() != lastSeqNo + 1) {
            log.warn("Report {} of {} ended at seqNo {} but {} parts arrived; storing what arrived", requestId,
                    charger, lastSeqNo, parts.size());
        }
        List<ReportedVariable> variables = new ArrayList<>();
        parts.forEach(text -> variables.addAll(json.readValue(text, VARIABLES)));
        var settings = SettingRows.of(variables, now);
        boolean fullRefresh = inventory.takeRefresh(charger, requestId);
        if (fullRefresh) {
            inventory.replace(charger, settings, now);
        } else {
            inventory.merge(charger, settings, now);
        }
        jdbc.sql("DELETE FROM device_report_parts WHERE charger = :charger AND request_id = :requestId")
                .param("charger", charger.value()).param("requestId", requestId).update();
        log.info("Report {} of {}: {} settings in {} parts ({})", requestId, charger, settings.size(), parts.size(),
                fullRefresh ? "inventory replaced" : "inventory updated");
    }
}
