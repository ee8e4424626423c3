package io.busbar.tenants.internal;

import io.busbar.tenants.Brand;
import io.busbar.tenants.Tenant;
import io.busbar.tenants.TenantCreated;
import io.busbar.tenants.TenantId;
import io.busbar.tenants.TenantNotFoundException;
import io.busbar.tenants.TenantSlugTakenException;
import io.busbar.tenants.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

@Service
class TenantDirectory implements Tenants {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-f]{6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final String COLUMNS = "id, slug, name, brand_name, brand_color, support_email, logo_url, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TenantDirectory(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public Tenant create(String slug, String name, Brand brand) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A slug has 1 to 40 lower-case letters, digits or inner dashes");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("A tenant needs a name of 1 to 100 characters");
        }
        Brand checked = checked(brand);
        Tenant tenant = new Tenant(TenantId.random(), slug, name.strip(), checked,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        try {
            jdbc.sql("INSERT INTO tenants (" + COLUMNS + ") VALUES (:id, :slug, :name, :brandName, :color, :email, :logo, :at)")
                    .param("id", tenant.id().value()).param("slug", slug).param("name", tenant.name())
                    .param("brandName", checked.name()).param("color", checked.color())
                    .param("email", checked.supportEmail()).param("logo", checked.logoUrl())
                    .param("at", Timestamp.from(tenant.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new TenantSlugTakenException(slug);
        }
        events.publishEvent(new TenantCreated(tenant.id()));
        return tenant;
    }

    @Override
    @Transactional
    public Tenant changeBrand(TenantId id, Brand brand) {
        Brand checked = checked(brand);
        int updated = jdbc.sql("""
                        UPDATE tenants SET brand_name = :brandName, brand_color = :color, support_email = :email,
                               logo_url = :logo WHERE id = :id""")
                .param("id", id.value()).param("brandName", checked.name()).param("color", checked.color())
                .param("email", checked.supportEmail()).param("logo", checked.logoUrl())
                .update();
        if (updated == 0) {
            throw new TenantNotFoundException(id.toString());
        }
        return require(id);
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenants WHERE id = :id").param("id", id.value())
                .query((rs, row) -> tenant(rs)).optional();
    }

    @Override
    public Optional<Tenant> findBySlug(String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenants WHERE slug = :slug").param("slug", slug)
                .query((rs, row) -> tenant(rs)).optional();
    }

    @Override
    public List<Tenant> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenants ORDER BY slug").query((rs, row) -> tenant(rs)).list();
    }

    private static Brand checked(Brand brand) {
        if (brand == null) {
            return Brand.NONE;
        }
        String name = blankToNull(brand.name());
        if (name != null && name.length() > 100) {
            throw new IllegalArgumentException("A brand name has at most 100 characters");
        }
        String color = blankToNull(brand.color());
        if (color != null && !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("A brand color is written #rrggbb in lower case");
        }
        String email = blankToNull(brand.supportEmail());
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("The support e-mail address is not an e-mail address");
        }
        String logo = blankToNull(brand.logoUrl());
        if (logo != null && !logo.startsWith("https://")) {
            throw new IllegalArgumentException("A logo URL must be https://");
        }
        return new Brand(name, color, email, logo);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Tenant tenant(ResultSet rs) throws SQLException {
        Instant createdAt = rs.getTimestamp("created_at").toInstant();
        return new Tenant(new TenantId(rs.getObject("id", UUID.class)), rs.getString("slug"), rs.getString("name"),
                new Brand(rs.getString("brand_name"), rs.getString("brand_color"), rs.getString("support_email"),
                        rs.getString("logo_url")), createdAt);
    }
}
