package io.busbar.drivers.internal;

import io.busbar.platform.PasswordHasher;
import io.busbar.drivers.DriverAuthentication;
import io.busbar.drivers.DriverId;
import io.busbar.drivers.DriverPrincipal;
import io.busbar.drivers.InvalidCredentialsException;
import io.busbar.platform.Password;
import io.busbar.drivers.TokenPair;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.UUID;

/** Passwords in, token pairs out. */
@Service
class DriverLogin implements DriverAuthentication {
    private final DriverBook drivers;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;

    DriverLogin(DriverBook drivers, PasswordHasher hasher, AccessTokens accessTokens, RefreshTokens refreshTokens) {
        this.drivers = drivers;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
    }

    @Override
    public TokenPair login(TenantId tenant, String email, Password password) {
        Optional<DriverBook.Credentials> credentials = drivers.credentials(tenant, email);
        // Argon2 runs for an unknown address too (against a decoy hash): the answer time tells nothing.
        if (!hasher.matches(password, credentials.map(DriverBook.Credentials::passwordHash).orElse(null))) {
            throw new InvalidCredentialsException();
        }
        return pair(new DriverPrincipal(tenant, credentials.get().driver()), UUID.randomUUID());
    }

    @Override
    public TokenPair refresh(TenantId tenant, String refreshToken) {
        RefreshTokens.Spent spent = refreshTokens.spend(tenant, refreshToken);
        return pair(new DriverPrincipal(tenant, spent.driver()), spent.family());
    }

    @Override
    public void logout(DriverPrincipal driver, String refreshToken) {
        refreshTokens.revokeFamily(driver.driver(), refreshToken);
    }

    @Override
    public Optional<DriverPrincipal> authenticate(String accessToken) {
        return accessTokens.verify(accessToken);
    }

    private TokenPair pair(DriverPrincipal driver, UUID family) {
        AccessTokens.Issued access = accessTokens.issue(driver);
        DriverId id = driver.driver();
        RefreshTokens.Issued refresh = refreshTokens.issue(id, family);
        return new TokenPair(access.token(), access.expiresAt(), refresh.token(), refresh.expiresAt());
    }
}
