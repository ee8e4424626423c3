package io.busbar.api.tenants;

import io.busbar.api.keys.ApiKeyIssuer;
import io.busbar.tenants.Brand;
import io.busbar.tenants.Tenant;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** The published JSON of tenants and brands. */
final class TenantDtos {
    static final String CREATE_EXAMPLE = """
            {"slug": "voltway", "name": "Voltway Charging B.V.",
             "brand": {"name": "Voltway", "color": "#0a7cff", "supportEmail": "help@voltway.example",
                       "logoUrl": "https://voltway.example/logo.svg"}}""";
    static final String TENANT_EXAMPLE = """
            {"id": "7d4f0f7e-2a52-4f0e-9a57-1b3c6f9e2d11", "slug": "voltway", "name": "Voltway Charging B.V.",
             "brand": {"name": "Voltway", "color": "#0a7cff", "supportEmail": "help@voltway.example",
                       "logoUrl": "https://voltway.example/logo.svg"},
             "createdAt": "2026-03-01T09:00:00Z"}""";
    static final String CREATED_EXAMPLE = """
            {"tenant": {"id": "7d4f0f7e-2a52-4f0e-9a57-1b3c6f9e2d11", "slug": "voltway", "name": "Voltway Charging B.V.",
                        "brand": {"name": "Voltway"}, "createdAt": "2026-03-01T09:00:00Z"},
             "adminKey": {"id": "0f8d3c52-8a1e-4a5b-9a55-7f0e2d4f9b10", "prefix": "bb_Xy7Qa",
                          "key": "bb_Xy7Qa0nq3v6KuFzT2sJ9eWbLc8mRdH1pY4tG5oA7iZk"}}""";
    static final String LIST_EXAMPLE = "{\"items\": [" + TENANT_EXAMPLE + "], \"next\": null}";
    static final String BRAND_EXAMPLE = """
            {"name": "Voltway", "color": "#0a7cff", "supportEmail": "help@voltway.example",
             "logoUrl": "https://voltway.example/logo.svg"}""";

    private TenantDtos() {
    }

    record CreateTenant(
            @Schema(description = "Public handle in feed URLs: 1-40 lower-case letters, digits, inner dashes",
                    example = "voltway") @NotBlank @Size(max = 40) String slug,
            @NotBlank @Size(max = 100) String name,
            @Valid BrandJson brand) {
    }

    record BrandJson(@Size(max = 100) String name,
                     @Schema(description = "#rrggbb, lower case", example = "#0a7cff") @Size(max = 7) String color,
                     @Size(max = 254) String supportEmail,
                     @Schema(description = "https:// only") @Size(max = 2000) String logoUrl) {
        Brand toBrand() {
            return new Brand(name, color, supportEmail, logoUrl);
        }

        static BrandJson of(Brand brand) {
            return new BrandJson(brand.name(), brand.color(), brand.supportEmail(), brand.logoUrl());
        }
    }

    record TenantResponse(UUID id, String slug, String name, BrandJson brand, Instant createdAt) {
        static TenantResponse of(Tenant tenant) {
            return new TenantResponse(tenant.id().value(), tenant.slug(), tenant.name(), BrandJson.of(tenant.brand()),
                    tenant.createdAt());
        }
    }

    record AdminKey(UUID id, String prefix,
                    @Schema(description = "The tenant's first admin key in clear: shown this once") String key) {
    }

    record CreatedTenant(TenantResponse tenant, AdminKey adminKey) {
        static CreatedTenant of(Tenant tenant, ApiKeyIssuer.IssuedApiKey key) {
            return new CreatedTenant(TenantResponse.of(tenant),
                    new AdminKey(key.key().id().value(), key.key().prefix(), key.secret().value()));
        }
    }
}
