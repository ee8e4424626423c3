package io.busbar.drivers.internal;

/** The HMAC key of drivers' access tokens (at least 256 bits, RFC 7518 §3.2). */
@FunctionalInterface
interface SigningKey {
    byte[] bytes();
}
