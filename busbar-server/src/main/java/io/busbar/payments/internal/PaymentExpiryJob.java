package io.busbar.payments.internal;

import io.busbar.platform.PeriodicJob;
import io.busbar.payments.TerminalPayments;
import io.busbar.payments.Wallets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Every {@code busbar.payments.expiry-check-interval} (60 s): posts PROMO_EXPIRY for lapsed promotional credit and
 * releases ad hoc authorizations whose session never started.
 */
@Component
class PaymentExpiryJob extends PeriodicJob {
    private final Wallets wallets;
    private final TerminalPayments terminal;
    private final Clock clock;

    PaymentExpiryJob(Wallets wallets, TerminalPayments terminal, Clock clock,
                     @Value("${busbar.payments.expiry-check-interval:60s}") Duration interval) {
        super("payment-expiry", interval, "busbar.payments.expiry-check-interval");
        this.wallets = wallets;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    protected void runOnce() {
        wallets.expirePromotions(clock.instant());
        terminal.releaseExpired(clock.instant());
    }
}
