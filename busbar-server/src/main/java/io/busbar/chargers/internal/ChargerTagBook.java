package io.busbar.chargers.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ChargerTag;
import io.busbar.chargers.ChargerTags;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The charger_tags table. */
@Component
class ChargerTagBook implements ChargerTags {
    private final JdbcClient jdbc;
    private final Clock clock;

    ChargerTagBook(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void add(ChargerIdentity charger, ChargerTag tag) {
        // One statement: the charger's existence and the insert cannot race a concurrent delete.
        int inserted = jdbc.sql("""
                        INSERT INTO charger_tags (charger, tag, tagged_at)
                        SELECT identity, :tag, :now FROM chargers WHERE identity = :charger
                        ON CONFLICT (charger, tag) DO NOTHING""")
                .param("charger", charger.value()).param("tag", tag.value())
                .param("now", Timestamps.toSql(clock.instant()))
                .update();
        if (inserted == 0) {
            requireCharger(charger);
        }
    }

    @Override
    public void remove(ChargerIdentity charger, ChargerTag tag) {
        int deleted = jdbc.sql("DELETE FROM charger_tags WHERE charger = :charger AND tag = :tag")
                .param("charger", charger.value()).param("tag", tag.value())
                .update();
        if (deleted == 0) {
            requireCharger(charger);
        }
    }

    @Override
    public List<ChargerTag> of(ChargerIdentity charger) {
        requireCharger(charger);
        return jdbc.sql("SELECT tag FROM charger_tags WHERE charger = :charger ORDER BY tag")
                .param("charger", charger.value())
                .query((rs, row) -> new ChargerTag(rs.getString("tag")))
                .list();
    }

    @Override
    public Set<ChargerIdentity> chargersWithAny(Set<ChargerTag> tags) {
        if (tags.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT DISTINCT charger FROM charger_tags WHERE tag IN (:tags)")
                .param("tags", tags.stream().map(ChargerTag::value).toList())
                .query((rs, row) -> new ChargerIdentity(rs.getString("charger")))
                .list());
    }

    private void requireCharger(ChargerIdentity charger) {
        boolean exists = jdbc.sql("SELECT count(*) FROM chargers WHERE identity = :charger")
                .param("charger", charger.value())
                .query(Long.class).single() > 0;
        if (!exists) {
            throw new ChargerNotFoundException(charger);
        }
    }
}
