package io.busbar.drivers.internal;

import io.busbar.accounts.Accounts;
import io.busbar.authorization.IdToken;
import io.busbar.authorization.IdTokenType;
import io.busbar.authorization.IdTokens;
import io.busbar.drivers.CardTakenException;
import io.busbar.drivers.Driver;
import io.busbar.drivers.DriverCard;
import io.busbar.drivers.DriverCards;
import io.busbar.drivers.DriverPrincipal;
import io.busbar.drivers.InvalidCredentialsException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The driver_tokens table, kept in step with the token registry and the driver's account. */
@Service
class CardBook implements DriverCards {
    /** Letters and digits (UIDs are usually hex), at most 20: OCPP 1.6 idTag is CiString20Type. */
    private static final Pattern UID = Pattern.compile("[0-9A-Za-z]{4,20}");

    private final JdbcClient jdbc;
    private final DriverBook drivers;
    private final IdTokens idTokens;
    private final Accounts accounts;
    private final Clock clock;

    CardBook(JdbcClient jdbc, DriverBook drivers, IdTokens idTokens, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.drivers = drivers;
        this.idTokens = idTokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public List<DriverCard> list(DriverPrincipal principal) {
        Driver driver = require(principal);
        return jdbc.sql("""
                        SELECT id_token_value, kind, label, added_at FROM driver_tokens
                        WHERE driver_id = :driver AND removed_at IS NULL ORDER BY kind = 'CARD', added_at, id_token_value""")
                .param("driver", driver.id().value()).query(CardBook::map).list();
    }

    @Override
    @Transactional
    public DriverCard add(DriverPrincipal principal, String uid, String label) {
        Driver driver = require(principal);
        if (uid == null || !UID.matcher(uid.strip()).matches()) {
            throw new IllegalArgumentException("uid must be 4 to 20 letters or digits");
        }
        if (label != null && label.length() > 100) {
            throw new IllegalArgumentException("label must have at most 100 characters");
        }
        String value = uid.strip();
        Optional<Row> known = row(value);
        if (known.isPresent()) {
            Row row = known.get();
            if (!row.driver().equals(driver.id().value()) || !row.kind().equals("CARD")) {
                throw new CardTakenException();
            }
            if (row.removed()) {
                idTokens.update(value, label, false, null, false, null);
                accounts.linkToken(driver.account(), value);
                jdbc.sql("UPDATE driver_tokens SET removed_at = NULL, label = :label, added_at = :now "
                                + "WHERE id_token_value = :value")
                        .param("label", label).param("now", DriverBook.at(clock.instant())).param("value", value).update();
            }
            return card(value);
        }
        if (idTokens.find(value).isPresent()) {
            throw new CardTakenException(); // an operator's card, or another tenant's: not this driver's to claim
        }
        idTokens.create(driver.tenant(), new IdToken(value, IdTokenType.ISO14443), label, false, null, null);
        accounts.linkToken(driver.account(), value);
        jdbc.sql("INSERT INTO driver_tokens (id_token_value, driver_id, kind, label, added_at) "
                        + "VALUES (:value, :driver, 'CARD', :label, :now)")
                .param("value", value).param("driver", driver.id().value()).param("label", label)
                .param("now", DriverBook.at(clock.instant())).update();
        return card(value);
    }

    @Override
    @Transactional
    public boolean remove(DriverPrincipal principal, String uid) {
        Driver driver = require(principal);
        int removed = jdbc.sql("""
                        UPDATE driver_tokens SET removed_at = :now
                        WHERE id_token_value = :value AND driver_id = :driver AND kind = 'CARD' AND removed_at IS NULL""")
                .param("now", DriverBook.at(clock.instant())).param("value", uid).param("driver", driver.id().value())
                .update();
        if (removed == 0) {
            return false;
        }
        // Blocked as well as unlinked: a lost card must not charge anywhere, on any account.
        idTokens.update(uid, null, true, null, false, null);
        accounts.unlinkToken(driver.account(), uid);
        return true;
    }

    /** Every token value the driver ever charged with (removed cards included), for the session history. */
    Set<String> everHeld(DriverPrincipal principal) {
        return Set.copyOf(jdbc.sql("""
                        SELECT t.id_token_value FROM driver_tokens t JOIN drivers d ON d.id = t.driver_id
                        WHERE t.driver_id = :driver AND d.tenant_id = :tenant""")
                .param("driver", principal.driver().value()).param("tenant", principal.tenant().value())
                .query(String.class).list());
    }

    private Driver require(DriverPrincipal principal) {
        return drivers.find(principal.tenant(), principal.driver())
                .orElseThrow(() -> new InvalidCredentialsException("The driver no longer exists"));
    }

    private DriverCard card(String value) {
        return jdbc.sql("SELECT id_token_value, kind, label, added_at FROM driver_tokens WHERE id_token_value = :value")
                .param("value", value).query(CardBook::map).single();
    }

    private Optional<Row> row(String value) {
        return jdbc.sql("SELECT driver_id, kind, removed_at IS NOT NULL AS removed FROM driver_tokens "
                        + "WHERE id_token_value = :value")
                .param("value", value)
                .query((rs, n) -> new Row(rs.getObject("driver_id", UUID.class), rs.getString("kind"),
                        rs.getBoolean("removed")))
                .optional();
    }

    private record Row(UUID driver, String kind, boolean removed) {
    }

    private static DriverCard map(ResultSet rs, int row) throws SQLException {
        DriverCard.Kind kind = DriverCard.Kind.valueOf(rs.getString("kind"));
        String value = rs.getString("id_token_value");
        return new DriverCard(kind == DriverCard.Kind.APP ? IdToken.of(value).masked() : value, kind,
                rs.getString("label"), rs.getObject("added_at", OffsetDateTime.class).toInstant());
    }
}
