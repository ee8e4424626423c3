package io.busbar.drivers.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code busbar.drivers.*}.
 *
 * @param issuer           the {@code iss} of access tokens
 * @param currency         the currency of drivers' wallets (ISO 4217)
 * @param passwordResetUrl the page of the app that takes a reset token; the link is this plus {@code ?token=...}
 * @param mailFrom         the sender of password-reset e-mails
 */
@ConfigurationProperties("busbar.drivers")
record DriversProperties(@DefaultValue("15m") Duration accessTokenTtl,
                         @DefaultValue("30d") Duration refreshTokenTtl,
                         @DefaultValue("30m") Duration resetLinkTtl,
                         @DefaultValue("busbar") String issuer,
                         @DefaultValue("EUR") String currency,
                         @DefaultValue("https://app.example.invalid/reset-password") String passwordResetUrl,
                         @DefaultValue("no-reply@busbar.invalid") String mailFrom) {
}
