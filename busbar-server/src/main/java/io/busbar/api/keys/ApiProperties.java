package io.busbar.api.keys;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminApiKey an admin key to accept ({@code BUSBAR_ADMIN_API_KEY}, at least 16 characters), e.g. from a
 *                    secret store; blank means Busbar generates one on first start and prints it once
 */
@ConfigurationProperties("busbar.api")
record ApiProperties(String adminApiKey) {
    boolean adminKeyConfigured() {
        return adminApiKey != null && !adminApiKey.isBlank();
    }
}
