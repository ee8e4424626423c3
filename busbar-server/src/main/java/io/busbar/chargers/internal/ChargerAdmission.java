package io.busbar.chargers.internal;

import io.busbar.chargers.Admission;
import io.busbar.chargers.ChargerAccess;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.UnknownChargerPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** Lets chargers in at the WebSocket upgrade by their Basic-auth password and the unknown-charger policy. */
@Service
class ChargerAdmission implements ChargerAccess {
    private static final Logger log = LoggerFactory.getLogger(ChargerAdmission.class);

    private final JdbcClient jdbc;
    private final ChargerPolicyProperties policy;
    private final AcceptedChargers accepted;

    ChargerAdmission(JdbcClient jdbc, ChargerPolicyProperties policy, AcceptedChargers accepted) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.accepted = accepted;
    }

    @Override
    public Admission admit(ChargerIdentity identity, String password) {
        Optional<StoredPassword> stored = jdbc.sql("""
                        SELECT password_hash, password_salt FROM chargers WHERE identity = :identity""")
                .param("identity", identity.value())
                .query((rs, row) -> {
                    byte[] hash = rs.getBytes("password_hash");
                    return new StoredPassword(hash == null ? null
                            : new SaltedPasswordHash(rs.getBytes("password_salt"), hash));
                })
                .optional();
        if (stored.isEmpty()) {
            if (policy.unknownChargers() == UnknownChargerPolicy.REJECT) {
                log.info("Refused unknown charger {}: unknown chargers are rejected", identity);
                return Admission.UNKNOWN;
            }
            return Admission.ACCEPT;
        }
        SaltedPasswordHash hash = stored.get().hash();
        if (hash == null || hash.matches(password)) {
            return Admission.ACCEPT;
        }
        log.warn("Refused charger {}: {}", identity, password == null ? "no password sent" : "wrong password");
        return Admission.UNAUTHORIZED;
    }

    @Override
    public boolean isAccepted(ChargerIdentity identity) {
        return accepted.isAccepted(identity);
    }

    /** @param hash null when the charger was registered without a password */
    private record StoredPassword(SaltedPasswordHash hash) {
    }
}
