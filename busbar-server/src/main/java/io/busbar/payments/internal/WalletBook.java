package io.busbar.payments.internal;

import io.busbar.accounts.Account;
import io.busbar.accounts.AccountId;
import io.busbar.accounts.AccountKind;
import io.busbar.accounts.Accounts;
import io.busbar.payments.JournalKind;
import io.busbar.payments.LedgerAccountKind;
import io.busbar.payments.LedgerEntry;
import io.busbar.payments.PaymentProvider;
import io.busbar.payments.TopUp;
import io.busbar.payments.WalletBalance;
import io.busbar.payments.WalletUnavailableException;
import io.busbar.payments.Wallets;
import io.busbar.payments.internal.Ledger.Posting;
import io.busbar.tariffs.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Wallets and receivables on the ledger. */
@Service
class WalletBook implements Wallets {
    private static final Logger log = LoggerFactory.getLogger(WalletBook.class);
    private final Ledger ledger;
    private final Accounts accounts;
    private final TopUps topUps;
    private final PaymentProvider provider;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WalletBook(Ledger ledger, Accounts accounts, TopUps topUps, PaymentProvider provider,
               TransactionTemplate transactions, Clock clock) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.topUps = topUps;
        this.provider = provider;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public WalletBalance balance(AccountId id) {
        Account account = accounts.require(id);
        Money cash = ledger.balance(Ledger.cash(id), LedgerAccountKind.WALLET_CASH, account.currency());
        List<WalletBalance.PromotionalCredit> promotional = ledger.promotions(id, clock.instant(), null).stream()
                .map(p -> new WalletBalance.PromotionalCredit(p.id(), p.remaining(), p.expiresAt(), p.reason()))
                .toList();
        Money available = promotional.stream().map(WalletBalance.PromotionalCredit::remaining).reduce(cash, Money::plus);
        Money receivable = ledger.balance(Ledger.receivable(id), LedgerAccountKind.RECEIVABLE, account.currency());
        return new WalletBalance(id, cash, promotional, available, receivable);
    }

    @Override
    public List<LedgerEntry> entries(AccountId account, Long after, int limit) {
        accounts.require(account);
        return ledger.entries(account, after, limit);
    }

    @Override
    public TopUp topUp(AccountId id, Money amount, String paymentMethod, String idempotencyKey) {
        Account account = prepaid(id);
        requirePositive(account, amount);
        if (idempotencyKey != null) {
            var earlier = topUps.find(id, idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        UUID topUpId = UUID.randomUUID();
        String providerKey = "top-up:" + id + ":" + (idempotencyKey == null ? topUpId : idempotencyKey);
        // The provider call stays outside the transaction: it is remote, and its own idempotency key makes a
        // retry after a failure here charge once.
        PaymentProvider.ProviderResult result = provider.charge(amount, paymentMethod, providerKey);
        return transactions.execute(status -> {
            TopUp topUp = topUps.record(new TopUp(topUpId, id, amount, PaymentProvider.masked(paymentMethod),
                    result.approved() ? TopUp.Status.COMPLETED : TopUp.Status.DECLINED, result.reference(),
                    result.declineReason(), clock.instant()), idempotencyKey);
            if (topUp.id().equals(topUpId) && topUp.status() == TopUp.Status.COMPLETED) {
                ledger.openCustomer(id, account.currency());
                ledger.post(JournalKind.TOP_UP, topUpId.toString(), id, "top-up " + topUp.paymentMethodMasked(),
                        account.currency(), List.of(
                                Posting.debit(ledger.system(LedgerAccountKind.PROVIDER_CLEARING, account.currency()), amount),
                                Posting.credit(Ledger.cash(id), amount)));
            }
            return topUp;
        });
    }

    @Override
    @Transactional
    public UUID grantPromotion(AccountId id, Money amount, Instant expiresAt, String reason) {
        Account account = prepaid(id);
        requirePositive(account, amount);
        if (!expiresAt.isAfter(clock.instant())) {
            throw new IllegalArgumentException("expiresAt must be in the future");
        }
        UUID promotion = UUID.randomUUID();
        ledger.openCustomer(id, account.currency());
        ledger.open(Ledger.promotion(promotion), LedgerAccountKind.WALLET_PROMOTIONAL, id, account.currency(),
                expiresAt, reason);
        ledger.post(JournalKind.PROMO_CREDIT, promotion.toString(), id, reason, account.currency(), List.of(
                Posting.debit(ledger.system(LedgerAccountKind.PROMOTIONS_EXPENSE, account.currency()), amount),
                Posting.credit(Ledger.promotion(promotion), amount)));
        return promotion;
    }

    @Override
    @Transactional
    public boolean recordPayment(AccountId id, Money amount, String reference) {
        Account account = accounts.require(id);
        if (account.kind() != AccountKind.POSTPAID) {
            throw new WalletUnavailableException("Account " + id + " is prepaid: top up its wallet instead");
        }
        requirePositive(account, amount);
        ledger.openCustomer(id, account.currency());
        return ledger.post(JournalKind.PAYMENT_RECEIVED, reference, id, "payment " + reference, account.currency(),
                List.of(Posting.debit(ledger.system(LedgerAccountKind.PROVIDER_CLEARING, account.currency()), amount),
                        Posting.credit(Ledger.receivable(id), amount)));
    }

    @Override
    public int expirePromotions(Instant now) {
        int expired = 0;
        for (Ledger.Promotion due : ledger.promotions(null, null, now)) {
            Boolean posted = transactions.execute(status -> {
                AccountId owner = ledger.ownerOf(due.ledgerAccount()).orElseThrow();
                ledger.lock(owner);
                // read again under the lock: a session charge may have spent it since
                return ledger.promotions(owner, null, now).stream()
                        .filter(p -> p.ledgerAccount().equals(due.ledgerAccount())).findFirst()
                        .map(left -> ledger.post(JournalKind.PROMO_EXPIRY, left.id().toString(), owner,
                                "expired at " + left.expiresAt(), left.remaining().currency(), List.of(
                                        Posting.debit(left.ledgerAccount(), left.remaining()),
                                        Posting.credit(ledger.system(LedgerAccountKind.PROMOTIONS_EXPENSE,
                                                left.remaining().currency()), left.remaining()))))
                        .orElse(false);
            });
            if (Boolean.TRUE.equals(posted)) {
                expired++;
            }
        }
        return expired;
    }

    /**
     * Charges a session's price once (reference: the session): a prepaid wallet spends promotional credit first
     * (earliest expiry first), then cash, and what is left becomes a receivable so the wallet never goes negative;
     * a post-paid account's receivable takes it all.
     */
    @Transactional
    public boolean chargeSession(AccountId id, String session, Money total, String note) {
        Account account = accounts.require(id);
        if (!account.currency().equals(total.currency())) {
            throw new IllegalArgumentException("session " + session + " is priced in " + total.currency()
                    + " but account " + id + " is in " + account.currency());
        }
        ledger.openCustomer(id, account.currency());
        ledger.lock(id);
        if (ledger.posted(JournalKind.SESSION_CHARGE, session)) {
            return false;
        }
        List<Posting> postings = new ArrayList<>();
        Money rest = total;
        if (account.kind() == AccountKind.PREPAID) {
            for (Ledger.Promotion promotion : ledger.promotions(id, clock.instant(), null)) {
                Money spent = min(rest, promotion.remaining());
                postings.add(Posting.debit(promotion.ledgerAccount(), spent));
                rest = rest.minus(spent);
            }
            Money cash = ledger.balance(Ledger.cash(id), LedgerAccountKind.WALLET_CASH, account.currency());
            Money fromCash = min(rest, cash.isNegative() ? Money.zero(cash.currency()) : cash);
            postings.add(Posting.debit(Ledger.cash(id), fromCash));
            rest = rest.minus(fromCash);
            if (rest.amount().signum() > 0) {
                log.warn("Session {} cost {} more than account {} had; the rest is a receivable", session, rest, id);
            }
        }
        postings.add(Posting.debit(Ledger.receivable(id), rest));
        postings.add(Posting.credit(ledger.system(LedgerAccountKind.REVENUE, account.currency()), total));
        if (total.amount().signum() == 0) {
            return false; // a free session moves no money
        }
        return ledger.post(JournalKind.SESSION_CHARGE, session, id, note, account.currency(), postings);
    }

    /**
     * Pays a credit note back once: a prepaid account first settles what it owes, then gets the rest in its
     * wallet; a post-paid account owes less (a negative receivable is a credit on the next invoice).
     */
    @Transactional
    public boolean refund(AccountId id, String creditNote, Money amount, String reason) {
        Account account = accounts.require(id);
        ledger.openCustomer(id, account.currency());
        ledger.lock(id);
        List<Posting> postings = new ArrayList<>();
        postings.add(Posting.debit(ledger.system(LedgerAccountKind.REVENUE, account.currency()), amount));
        Money rest = amount;
        if (account.kind() == AccountKind.PREPAID) {
            Money owed = ledger.balance(Ledger.receivable(id), LedgerAccountKind.RECEIVABLE, account.currency());
            Money settled = min(rest, owed.isNegative() ? Money.zero(owed.currency()) : owed);
            postings.add(Posting.credit(Ledger.receivable(id), settled));
            rest = rest.minus(settled);
            postings.add(Posting.credit(Ledger.cash(id), rest));
        } else {
            postings.add(Posting.credit(Ledger.receivable(id), rest));
        }
        return ledger.post(JournalKind.REFUND, creditNote, id, reason, account.currency(), postings);
    }

    private Account prepaid(AccountId id) {
        Account account = accounts.require(id);
        if (account.kind() != AccountKind.PREPAID) {
            throw new WalletUnavailableException("Account " + id + " is post-paid and has no wallet");
        }
        return account;
    }

    private static void requirePositive(Account account, Money amount) {
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        if (!amount.currency().equals(account.currency())) {
            throw new IllegalArgumentException("amount must be in the account's currency " + account.currency());
        }
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
