package io.busbar.smartcharging.internal;

import io.busbar.chargers.SiteId;
import io.busbar.smartcharging.SiteTopologies.StoredTopology;
import io.busbar.smartcharging.TopologyDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Topology documents as jsonb, and the EVSE-to-site index that keeps each EVSE in one site. */
@Repository
class TopologyStore {
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    TopologyStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<StoredTopology> find(SiteId site) {
        return jdbc.sql("SELECT site_id, document, revision, updated_at FROM smart_site_topologies WHERE site_id = :site")
                .param("site", site.value())
                .query((rs, n) -> new StoredTopology(site,
                        json.readValue(rs.getString("document"), TopologyDocument.class), rs.getInt("revision"),
                        Sql.instant(rs, "updated_at")))
                .optional();
    }

    List<StoredTopology> all() {
        return jdbc.sql("SELECT site_id, document, revision, updated_at FROM smart_site_topologies")
                .query((rs, n) -> new StoredTopology(new SiteId(rs.getObject("site_id", UUID.class)),
                        json.readValue(rs.getString("document"), TopologyDocument.class), rs.getInt("revision"),
                        Sql.instant(rs, "updated_at")))
                .list();
    }

    /** Call inside a transaction; returns the new revision. */
    int save(SiteId site, TopologyDocument document, Instant now) {
        int revision = jdbc.sql("""
                        INSERT INTO smart_site_topologies (site_id, document, revision, updated_at)
                        VALUES (:site, CAST(:document AS jsonb), 1, :now)
                        ON CONFLICT (site_id) DO UPDATE SET document = EXCLUDED.document,
                            revision = smart_site_topologies.revision + 1, updated_at = EXCLUDED.updated_at
                        RETURNING revision""")
                .param("site", site.value())
                .param("document", json.writeValueAsString(document))
                .param("now", Sql.time(now))
                .query(Integer.class).single();
        jdbc.sql("DELETE FROM smart_evses WHERE site_id = :site").param("site", site.value()).update();
        return revision;
    }

    /** Call inside the same transaction as {@link #save}; fails on an EVSE of another site or an unknown charger. */
    void index(SiteId site, Collection<EvseRef> evses) {
        for (EvseRef evse : evses) {
            jdbc.sql("INSERT INTO smart_evses (charger_identity, evse_id, site_id) VALUES (:charger, :evse, :site)")
                    .param("charger", evse.charger().value())
                    .param("evse", evse.evseId())
                    .param("site", site.value())
                    .update();
        }
    }

    /** The site that manages an EVSE of {@code charger} other than {@code site}, if any. */
    Optional<SiteId> otherSiteOf(EvseRef evse, SiteId site) {
        return jdbc.sql("SELECT site_id FROM smart_evses WHERE charger_identity = :charger AND evse_id = :evse AND site_id <> :site")
                .param("charger", evse.charger().value())
                .param("evse", evse.evseId())
                .param("site", site.value())
                .query((rs, n) -> new SiteId(rs.getObject("site_id", UUID.class)))
                .optional();
    }
}
