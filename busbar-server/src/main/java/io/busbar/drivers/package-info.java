/**
 * Drivers of white-label apps: sign-up and login with an Argon2id-hashed password, access tokens (JWT, HS256) and
 * rotating refresh tokens, password reset by e-mailed one-time link, the driver's billing account (their wallet), their
 * app token and RFID cards, and starting/stopping sessions from the app (idempotent). Every driver belongs to one
 * tenant; every query is scoped to the driver and its tenant (ADR 0012). No password or token secret is ever
 * returned, logged or put in an exception message.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drivers")
package io.busbar.drivers;
