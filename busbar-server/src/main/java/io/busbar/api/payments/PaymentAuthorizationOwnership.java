package io.busbar.api.payments;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.payments.TerminalPayments;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** An ad hoc payment authorization ({@code /payments/authorizations/{id}}) belongs to the charger it was made at. */
@Component
class PaymentAuthorizationOwnership implements OwnedResources {
    private final TerminalPayments terminal;
    private final ChargerRegistry chargers;

    PaymentAuthorizationOwnership(TerminalPayments terminal, ChargerRegistry chargers) {
        this.terminal = terminal;
        this.chargers = chargers;
    }

    @Override
    public String collection() {
        return "authorizations";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return terminal.find(UUID.fromString(id))
                    .flatMap(authorization -> chargers.tenantOf(authorization.charger()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public ProblemException notFound(String id) {
        return TerminalController.notFound(UUID.fromString(id));
    }
}
