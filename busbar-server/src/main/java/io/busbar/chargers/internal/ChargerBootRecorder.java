package io.busbar.chargers.internal;

import io.busbar.chargers.BootDecision;
import io.busbar.chargers.ChargerBooted;
import io.busbar.chargers.ChargerBoots;
import io.busbar.chargers.ChargerDescription;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.RegistrationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Stores what a booting charger says about itself and answers with its registration. */
@Service
class ChargerBootRecorder implements ChargerBoots {
    private static final Logger log = LoggerFactory.getLogger(ChargerBootRecorder.class);

    private final JdbcClient jdbc;
    private final ChargerPolicyProperties policy;
    private final AcceptedChargers accepted;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChargerBootRecorder(JdbcClient jdbc, ChargerPolicyProperties policy, AcceptedChargers accepted,
                        ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.accepted = accepted;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One upsert: a new identity gets the registration of the unknown-charger policy, a known one keeps its own
     * (a REJECTED charger stays REJECTED however often it boots). The description replaces the previous one:
     * it is what the charger runs now (e.g. firmware after an update). The transaction holds the upsert and, for an
     * accepted boot, the {@link ChargerBooted} event's publication record, so listeners (drift checks) run exactly
     * when the boot is durable.
     */
    @Override
    @Transactional
    public BootDecision boot(ChargerIdentity identity, ChargerDescription description, String protocol, Instant at) {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(at, "at");
        String registration = jdbc.sql("""
                        INSERT INTO chargers AS c (identity, registration, protocol, vendor, model, serial_number,
                                                   firmware_version, iccid, imsi, meter_type, meter_serial_number,
                                                   last_boot_at, last_seen, created_at)
                        VALUES (:identity, :registration, :protocol, :vendor, :model, :serial, :firmware, :iccid,
                                :imsi, :meterType, :meterSerial, :at, :at, :now)
                        ON CONFLICT (identity) DO UPDATE
                            SET protocol            = COALESCE(excluded.protocol, c.protocol),
                                vendor              = excluded.vendor,
                                model               = excluded.model,
                                serial_number       = excluded.serial_number,
                                firmware_version    = excluded.firmware_version,
                                iccid               = excluded.iccid,
                                imsi                = excluded.imsi,
                                meter_type          = excluded.meter_type,
                                meter_serial_number = excluded.meter_serial_number,
                                last_boot_at        = excluded.last_boot_at,
                                last_seen           = GREATEST(c.last_seen, excluded.last_seen)
                        RETURNING c.registration""")
                .param("identity", identity.value())
                .param("registration", policy.registrationOfUnknown().name())
                .param("protocol", protocol)
                .param("vendor", description.vendor())
                .param("model", description.model())
                .param("serial", description.serialNumber())
                .param("firmware", description.firmwareVersion())
                .param("iccid", description.iccid())
                .param("imsi", description.imsi())
                .param("meterType", description.meterType())
                .param("meterSerial", description.meterSerialNumber())
                .param("at", Timestamps.toSql(at))
                .param("now", Timestamps.toSql(clock.instant()))
                .query(String.class)
                .single();
        RegistrationStatus status = RegistrationStatus.valueOf(registration);
        accepted.remember(identity, status);
        if (status == RegistrationStatus.ACCEPTED) {
            events.publishEvent(new ChargerBooted(identity, description.vendor(), description.model(),
                    description.firmwareVersion(), protocol, at));
        }
        log.info("Charger {} booted ({} {}, firmware {}): {}", identity, description.vendor(), description.model(),
                description.firmwareVersion(), status);
        return new BootDecision(status, policy.heartbeatInterval());
    }
}
