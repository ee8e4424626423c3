package io.busbar.billing.internal;

import io.busbar.accounts.AccountId;
import io.busbar.billing.Cdr;
import io.busbar.billing.CdrId;
import io.busbar.billing.Cdrs;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;
import io.busbar.sessions.SessionId;
import io.busbar.tariffs.Money;
import io.busbar.tariffs.TariffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.busbar.billing.internal.SqlValues.at;
import static io.busbar.billing.internal.SqlValues.instant;
import static io.busbar.billing.internal.SqlValues.money;

/** The cdrs table. Rows are only ever inserted (a trigger refuses UPDATE and DELETE). */
@Service
class CdrBook implements Cdrs {
    private static final String SELECT = """
            SELECT c.*, coalesce((SELECT sum(n.amount) FROM credit_notes n WHERE n.cdr_id = c.id), 0) AS credited
            FROM cdrs c""";

    private final JdbcClient jdbc;

    CdrBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Cdr> find(CdrId id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id.value()).query(this::map).optional();
    }

    @Override
    public Optional<Cdr> forSession(SessionId session) {
        return jdbc.sql(SELECT + " WHERE c.session_id = :session").param("session", session.value()).query(this::map).optional();
    }

    @Override
    public List<Cdr> list(CdrFilter filter, CdrId after, int limit) {
        return jdbc.sql(SELECT + "\n" + """
                         WHERE (:from::timestamptz IS NULL OR c.ended_at >= :from)
                           AND (:to::timestamptz IS NULL OR c.ended_at < :to)
                           AND (:account::uuid IS NULL OR c.account_id = :account)
                           AND (:session::uuid IS NULL OR c.session_id = :session)
                           AND (:after::uuid IS NULL OR c.seq > (SELECT seq FROM cdrs WHERE id = :after))
                           AND (:tenant::uuid IS NULL OR EXISTS (SELECT 1 FROM chargers ch
                                WHERE ch.identity = c.charger_identity AND ch.tenant_id = :tenant))
                         ORDER BY c.seq LIMIT :limit""")
                .param("tenant", filter.tenant() == null ? null : filter.tenant().value())
                .param("from", at(filter.from())).param("to", at(filter.to()))
                .param("account", filter.account() == null ? null : filter.account().value())
                .param("session", filter.session() == null ? null : filter.session().value())
                .param("after", after == null ? null : after.value())
                .param("limit", limit)
                .query(this::map).list();
    }

    /** Locks the CDR row until the transaction ends (credit notes against one CDR are issued one at a time). */
    Optional<Cdr> lockForCredit(CdrId id) {
        jdbc.sql("SELECT id FROM cdrs WHERE id = :id FOR UPDATE").param("id", id.value()).query(UUID.class).optional();
        return find(id);
    }

    void insert(Cdr cdr) {
        jdbc.sql("""
                        INSERT INTO cdrs (id, number, session_id, charger_identity, evse_id, id_token_masked, account_id,
                                          tariff_id, tariff_version, pricing_note, started_at, ended_at, energy_wh,
                                          periods, lines, adjustments, vat_split, currency,
                                          total_excl_vat, total_vat, total_incl_vat, issued_at)
                        VALUES (:id, :number, :session, :charger, :evse, :token, :account, :tariff, :version, :note,
                                :started, :ended, :energy, :periods::jsonb, :lines::jsonb, :adjustments::jsonb,
                                :vatSplit::jsonb, :currency, :excl, :vat, :incl, :issued)""")
                .param("id", cdr.id().value()).param("number", cdr.number()).param("session", cdr.session().value())
                .param("charger", cdr.charger().value()).param("evse", cdr.evseId()).param("token", cdr.idTokenMasked())
                .param("account", cdr.account() == null ? null : cdr.account().value())
                .param("tariff", cdr.tariffId() == null ? null : cdr.tariffId().value())
                .param("version", cdr.tariffVersion()).param("note", cdr.pricingNote())
                .param("started", at(cdr.startedAt())).param("ended", at(cdr.endedAt()))
                .param("energy", cdr.energy().wattHours())
                .param("periods", BillingJson.write(cdr.periods())).param("lines", BillingJson.write(cdr.lines()))
                .param("adjustments", BillingJson.write(cdr.adjustments()))
                .param("vatSplit", BillingJson.write(cdr.vatSplit()))
                .param("currency", cdr.totalInclVat().currency().getCurrencyCode())
                .param("excl", cdr.totalExclVat().amount()).param("vat", cdr.totalVat().amount())
                .param("incl", cdr.totalInclVat().amount()).param("issued", at(cdr.issuedAt()))
                .update();
    }

    boolean existsForSession(SessionId session) {
        return jdbc.sql("SELECT count(*) FROM cdrs WHERE session_id = :session").param("session", session.value())
                .query(Long.class).single() > 0;
    }

    private Cdr map(ResultSet rs, int row) throws SQLException {
        Currency currency = SqlValues.currency(rs);
        UUID account = rs.getObject("account_id", UUID.class);
        String tariff = rs.getString("tariff_id");
        int version = rs.getInt("tariff_version");
        Integer tariffVersion = rs.wasNull() ? null : version;
        return new Cdr(new CdrId(rs.getObject("id", UUID.class)), rs.getString("number"),
                new SessionId(rs.getObject("session_id", UUID.class)), new ChargerIdentity(rs.getString("charger_identity")),
                rs.getInt("evse_id"), rs.getString("id_token_masked"), account == null ? null : new AccountId(account),
                tariff == null ? null : new TariffId(tariff), tariffVersion, rs.getString("pricing_note"),
                instant(rs, "started_at"), instant(rs, "ended_at"), Energy.ofWattHours(rs.getLong("energy_wh")),
                BillingJson.periods(rs.getString("periods")), BillingJson.lines(rs.getString("lines")),
                BillingJson.adjustments(rs.getString("adjustments")), BillingJson.vatAmounts(rs.getString("vat_split")),
                money(rs, "total_excl_vat", currency), money(rs, "total_vat", currency),
                money(rs, "total_incl_vat", currency), new Money(rs.getBigDecimal("credited"), currency),
                instant(rs, "issued_at"));
    }
}
