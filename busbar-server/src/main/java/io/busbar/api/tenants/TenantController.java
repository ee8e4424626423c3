package io.busbar.api.tenants;

import io.busbar.api.keys.ApiKeyIssuer;
import io.busbar.api.keys.Callers;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.tenants.Brand;
import io.busbar.tenants.Scope;
import io.busbar.tenants.Tenant;
import io.busbar.tenants.TenantSlugTakenException;
import io.busbar.tenants.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Set;

@RestController
@Tag(name = ApiTags.TENANTS, description = "CPOs or brands sharing this Busbar. Creating tenants is for the platform "
        + "operator's keys; every tenant manages its own brand.")
class TenantController {
    private final Tenants tenants;
    private final ApiKeyIssuer keys;
    private final TransactionTemplate transactions;

    TenantController(Tenants tenants, ApiKeyIssuer keys, TransactionTemplate transactions) {
        this.tenants = tenants;
        this.keys = keys;
        this.transactions = transactions;
    }

    @PostMapping("/api/v1/tenants")
    @Operation(summary = "Create a tenant with its first admin key (platform operator only); the key is shown once",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = TenantDtos.CREATE_EXAMPLE))),
            responses = {@ApiResponse(responseCode = "201", description = "Created", content = @Content(
                    examples = @ExampleObject(value = TenantDtos.CREATED_EXAMPLE))),
                    @ApiResponse(responseCode = "409", description = "The slug is taken")})
    ResponseEntity<TenantDtos.CreatedTenant> create(@Valid @RequestBody TenantDtos.CreateTenant request) {
        Brand brand = request.brand() == null ? Brand.NONE : request.brand().toBrand();
        TenantDtos.CreatedTenant created = transactions.execute(status -> {
            Tenant tenant = valid(() -> tenants.create(request.slug().strip(), request.name(), brand));
            ApiKeyIssuer.IssuedApiKey key = keys.issue(tenant.id(), "admin (created with the tenant)", Set.of(Scope.ADMIN));
            return TenantDtos.CreatedTenant.of(tenant, key);
        });
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + created.tenant().id())).body(created);
    }

    @GetMapping("/api/v1/tenants")
    @Operation(summary = "List tenants by slug (platform operator only)",
            responses = @ApiResponse(responseCode = "200", description = "The tenants", content = @Content(
                    examples = @ExampleObject(value = TenantDtos.LIST_EXAMPLE))))
    Page<TenantDtos.TenantResponse> list() {
        return Page.all(tenants.list().stream().map(TenantDtos.TenantResponse::of).toList());
    }

    @GetMapping("/api/v1/tenant")
    @Operation(summary = "Your own tenant and brand",
            responses = @ApiResponse(responseCode = "200", description = "Your tenant", content = @Content(
                    examples = @ExampleObject(value = TenantDtos.TENANT_EXAMPLE))))
    TenantDtos.TenantResponse own() {
        return TenantDtos.TenantResponse.of(tenants.require(Callers.tenant()));
    }

    @PutMapping("/api/v1/tenant/brand")
    @Operation(summary = "Change your brand (what drivers see in apps, e-mails and receipts)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = TenantDtos.BRAND_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "Your tenant", content = @Content(
                    examples = @ExampleObject(value = TenantDtos.TENANT_EXAMPLE))))
    TenantDtos.TenantResponse changeBrand(@Valid @RequestBody TenantDtos.BrandJson brand) {
        return TenantDtos.TenantResponse.of(valid(() -> tenants.changeBrand(Callers.tenant(), brand.toBrand())));
    }

    private static Tenant valid(java.util.function.Supplier<Tenant> action) {
        try {
            return action.get();
        } catch (TenantSlugTakenException e) {
            throw new ProblemException(ProblemType.TENANT_SLUG_TAKEN, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, e.getMessage());
        }
    }
}
