package io.busbar.payments.internal;

import io.busbar.payments.PaymentProvider;
import io.busbar.payments.PaymentProviderException;
import io.busbar.tariffs.Money;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The provider when none is configured ({@code busbar.payments.provider=none}, the default): every payment fails
 * with a clear message (REST 502 payment-provider-failed). Wallets still work for operator credits, promotions and
 * session charges; only money from a card needs a provider. The sandbox is never the default, so a production
 * Busbar cannot credit a wallet from a test card number.
 */
@Component
@ConditionalOnProperty(name = "busbar.payments.provider", havingValue = "none", matchIfMissing = true)
class NoPaymentProvider implements PaymentProvider {
    private static final String NONE = "No payment provider is configured (set busbar.payments.provider)";

    @Override
    public ProviderResult preAuthorize(Money amount, String paymentMethod, String idempotencyKey) {
        throw new PaymentProviderException(NONE);
    }

    @Override
    public void capture(String authorization, Money amount) {
        throw new PaymentProviderException(NONE);
    }

    @Override
    public void release(String authorization) {
        throw new PaymentProviderException(NONE);
    }

    @Override
    public ProviderResult charge(Money amount, String paymentMethod, String idempotencyKey) {
        throw new PaymentProviderException(NONE);
    }
}
