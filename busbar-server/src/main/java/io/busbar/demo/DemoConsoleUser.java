package io.busbar.demo;

import io.busbar.platform.Password;
import io.busbar.tenants.OperatorUser;
import io.busbar.tenants.OperatorUsers;
import io.busbar.tenants.Role;
import io.busbar.tenants.TenantId;
import io.busbar.tenants.UserEmailTakenException;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The demo's operator account for the web console: {@value #EMAIL} (ADMIN, default tenant). Passwords are kept only
 * hashed, so each demo start gives it a fresh random password, which the demo prints once (ending the sessions of
 * the previous start).
 */
@Component
class DemoConsoleUser {
    static final String EMAIL = "demo@busbar.local";
    static final String TENANT = "default";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final OperatorUsers users;
    private final SecureRandom random = new SecureRandom();

    DemoConsoleUser(OperatorUsers users) {
        this.users = users;
    }

    /** Ensures the account exists with a new password; returns that password. */
    String renew() {
        String password = newPassword();
        Optional<OperatorUser> existing = find();
        if (existing.isEmpty()) {
            try {
                users.create(TenantId.DEFAULT, EMAIL, "Demo operator", Role.ADMIN, Password.of(password));
                return password;
            } catch (UserEmailTakenException raced) {
                existing = find();
            }
        }
        users.setPassword(TenantId.DEFAULT, existing.orElseThrow().id(), Password.of(password));
        return password;
    }

    private Optional<OperatorUser> find() {
        return users.list(TenantId.DEFAULT).stream().filter(user -> user.email().equalsIgnoreCase(EMAIL)).findFirst();
    }

    private String newPassword() {
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
