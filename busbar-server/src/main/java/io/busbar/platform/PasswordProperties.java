package io.busbar.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code busbar.passwords.*}: the cost of hashing people's passwords (drivers and operator users).
 *
 * @param argon2 Argon2id cost (OWASP Password Storage Cheat Sheet: m=19 MiB, t=2, p=1)
 */
@ConfigurationProperties("busbar.passwords")
public record PasswordProperties(@DefaultValue Argon2 argon2) {
    public record Argon2(@DefaultValue("19456") int memoryKib, @DefaultValue("2") int iterations,
                         @DefaultValue("1") int parallelism) {
    }
}
