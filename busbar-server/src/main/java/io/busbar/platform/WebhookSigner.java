package io.busbar.platform;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The signature of every webhook Busbar sends (alerts and event subscriptions):
 * {@code Busbar-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}. The timestamp is signed
 * with the body so that a receiver can refuse replays older than it tolerates (we suggest 5 minutes).
 */
public final class WebhookSigner {
    public static final String HEADER = "Busbar-Signature";

    private WebhookSigner() {
    }

    /** The value of the {@link #HEADER} header for {@code body} sent at {@code timestamp} (unix seconds). */
    public static String header(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + sign(secret, timestamp, body);
    }

    /** Hex HMAC-SHA256 of {@code timestamp + "." + body} under {@code secret} (UTF-8 both). */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
