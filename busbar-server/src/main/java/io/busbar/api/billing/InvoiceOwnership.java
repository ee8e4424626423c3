package io.busbar.api.billing;

import io.busbar.accounts.Account;
import io.busbar.accounts.Accounts;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.billing.InvoiceId;
import io.busbar.billing.Invoices;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** An invoice belongs to the tenant of its account. */
@Component
class InvoiceOwnership implements OwnedResources {
    private final Invoices invoices;
    private final Accounts accounts;

    InvoiceOwnership(Invoices invoices, Accounts accounts) {
        this.invoices = invoices;
        this.accounts = accounts;
    }

    @Override
    public String collection() {
        return "invoices";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return invoices.find(new InvoiceId(UUID.fromString(id)))
                    .flatMap(invoice -> accounts.find(invoice.account())).map(Account::tenant);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public ProblemException notFound(String id) {
        return InvoiceController.notFound(UUID.fromString(id));
    }
}
