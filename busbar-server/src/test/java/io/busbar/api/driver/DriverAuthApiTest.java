package io.busbar.api.driver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.busbar.api.ApiClient;
import io.busbar.api.keys.ApiKeyIssuer;
import io.busbar.tenants.Brand;
import io.busbar.tenants.Scope;
import io.busbar.tenants.Tenant;
import io.busbar.tenants.Tenants;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.MutableClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Driver sign-up, login, refresh, logout and password reset over real HTTP and PostgreSQL, with a real SMTP server
 * (GreenMail) and the server's clock in the test's hands. Passwords never come back and are never logged.
 */
@BusbarTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"busbar.drivers.mail-from=app@brand.test",
        "busbar.drivers.password-reset-url=https://app.brand.test/reset"})
class DriverAuthApiTest {
    static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final Pattern RESET_TOKEN = Pattern.compile("token=([A-Za-z0-9_%\\-]+)");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SMTP.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    ApiKeyIssuer keys;
    DriverHttp http;
    String email;
    String password;

    @BeforeEach
    void setUp() {
        http = new DriverHttp(port);
        email = "driver-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        password = "pw-" + UUID.randomUUID() + "-secret";
    }

    @Test
    void signUpLoginRefreshAndLogout(CapturedOutput output) {
        JsonNode signedUp = http.signUp("default", email, password);
        String access = signedUp.at("/tokens/accessToken").asString();
        assertThat(signedUp.at("/tokens/tokenType").asString()).isEqualTo("Bearer");
        assertThat(signedUp.at("/tokens/expiresIn").asLong()).isBetween(890L, 900L);
        assertThat(http.get("/api/v1/driver/me", access).json().get("email").asString()).isEqualTo(email);

        var login = http.post("/api/v1/driver/default/login", null, credentials(email.toUpperCase(), password));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(login.header("Cache-Control")).contains("no-store");
        String refresh = login.json().get("refreshToken").asString();

        var refreshed = http.post("/api/v1/driver/default/token/refresh", null, refreshBody(refresh));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        String rotated = refreshed.json().get("refreshToken").asString();
        assertThat(rotated).isNotEqualTo(refresh);
        assertThat(http.get("/api/v1/driver/me", refreshed.json().get("accessToken").asString()).status()).isEqualTo(200);

        // RFC 9700 §4.14.2: a spent refresh token presented again is a replay; the whole login is revoked
        assertThat(http.post("/api/v1/driver/default/token/refresh", null, refreshBody(refresh)).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/driver/default/token/refresh", null, refreshBody(rotated)).status()).isEqualTo(401);

        var second = http.post("/api/v1/driver/default/login", null, credentials(email, password)).json();
        var logout = http.post("/api/v1/driver/default/logout", second.get("accessToken").asString(),
                refreshBody(second.get("refreshToken").asString()));
        assertThat(logout.status()).isEqualTo(204);
        assertThat(http.post("/api/v1/driver/default/token/refresh", null,
                refreshBody(second.get("refreshToken").asString())).status()).isEqualTo(401);

        assertThat(signedUp.toString() + login.body() + refreshed.body()).doesNotContain(password);
        assertThat(output.getAll()).doesNotContain(password);
    }

    @Test
    void aWrongPasswordGetsExactlyTheAnswerOfAnUnknownEmail(CapturedOutput output) {
        http.signUp("default", email, password);

        var wrongPassword = http.post("/api/v1/driver/default/login", null, credentials(email, "not-" + password));
        var unknownEmail = http.post("/api/v1/driver/default/login", null, credentials("nobody-" + email, password));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.body().replace("/login", "")).isEqualTo(unknownEmail.body().replace("/login", ""));
        assertThat(wrongPassword.header("WWW-Authenticate")).isEqualTo(unknownEmail.header("WWW-Authenticate"));
        var tooShort = http.post("/api/v1/driver/default/signup", null, """
                {"email": "short-%s", "name": "Shorty", "password": "1234567"}""".formatted(email));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).doesNotContain("1234567");
        assertThat(output.getAll()).doesNotContain(password).doesNotContain("not-" + password);
    }

    @Test
    void aResetLinkWorksOnceRevokesEveryRefreshTokenAndExpiresAfter30Minutes(CapturedOutput output) throws Exception {
        http.signUp("default", email, password);
        String oldRefresh = http.post("/api/v1/driver/default/login", null, credentials(email, password)).json()
                .get("refreshToken").asString();

        assertThat(http.post("/api/v1/driver/default/password-reset", null, emailBody(email)).status()).isEqualTo(202);
        assertThat(http.post("/api/v1/driver/default/password-reset", null, emailBody("nobody-" + email)).status())
                .isEqualTo(202);
        String token = resetToken(email, 1);

        String newPassword = "new-" + password;
        var confirmed = http.post("/api/v1/driver/default/password-reset/confirm", null, confirmBody(token, newPassword));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
        var again = http.post("/api/v1/driver/default/password-reset/confirm", null, confirmBody(token, "other-" + password));
        assertThat(again.status()).isEqualTo(410);
        assertThat(http.post("/api/v1/driver/default/token/refresh", null, refreshBody(oldRefresh)).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/driver/default/login", null, credentials(email, password)).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/driver/default/login", null, credentials(email, newPassword)).status()).isEqualTo(200);

        http.post("/api/v1/driver/default/password-reset", null, emailBody(email));
        String late = resetToken(email, 2);
        CLOCK.advance(Duration.ofMinutes(31));
        assertThat(http.post("/api/v1/driver/default/password-reset/confirm", null, confirmBody(late, "late-" + password))
                .status()).isEqualTo(410);
        assertThat(SMTP.getReceivedMessagesForDomain("example.com")).noneMatch(m -> recipient(m).equals("nobody-" + email));
        assertThat(output.getAll()).doesNotContain(password).doesNotContain(token).doesNotContain(late);
    }

    @Test
    void tamperedOrExpiredAccessTokensAreRefusedWithInvalidToken() {
        JsonNode signedUp = http.signUp("default", email, password);
        String access = signedUp.at("/tokens/accessToken").asString();
        String[] parts = access.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace(signedUp.at("/driver/id").asString(), UUID.randomUUID().toString())
                        .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        var tampered = http.get("/api/v1/driver/me", forged);
        assertThat(tampered.status()).isEqualTo(401);
        assertThat(tampered.header("WWW-Authenticate")).contains("Bearer").contains("error=\"invalid_token\"");
        assertThat(tampered.json().get("type").asString()).endsWith("/unauthorized");
        var missing = http.get("/api/v1/driver/me", null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).doesNotContain("error=");

        CLOCK.advance(Duration.ofMinutes(16));
        var expired = http.get("/api/v1/driver/me", access);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
    }

    @Test
    void operatorKeysDoNotOpenTheDriverApiAndDriverTokensDoNotOpenTheOperatorApi() {
        String access = http.signUp("default", email, password).at("/tokens/accessToken").asString();

        var withKey = http.get("/api/v1/driver/me", ApiClient.ADMIN_KEY);
        var withDriverToken = http.get("/api/v1/chargers", access);
        var driversWithDriverToken = http.get("/api/v1/drivers", access);

        assertThat(withKey.status()).isEqualTo(401);
        assertThat(withKey.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
        assertThat(withDriverToken.status()).isEqualTo(401);
        assertThat(driversWithDriverToken.status()).isEqualTo(401);
    }

    @Test
    void theSameEmailInTwoTenantsIsTwoDriversAndOperatorsSeeOnlyTheirOwn() {
        Tenant other = tenants.create("brand-" + UUID.randomUUID().toString().substring(0, 8), "Other brand", Brand.NONE);
        ApiClient otherOperator = ApiClient.withKey(port, keys.issue(other.id(), "ops", Set.of(Scope.ADMIN)).secret().value());
        JsonNode here = http.signUp("default", email, password);
        JsonNode there = http.signUp(other.slug(), email.toUpperCase(), "other-" + password);
        var duplicate = http.post("/api/v1/driver/default/signup", null, """
                {"email": "%s", "name": "Twin", "password": "%s"}""".formatted(email.toUpperCase(), password));

        assertThat(here.at("/driver/id").asString()).isNotEqualTo(there.at("/driver/id").asString());
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(http.post("/api/v1/driver/" + other.slug() + "/login", null, credentials(email, password)).status())
                .isEqualTo(401);
        String thereId = there.at("/driver/id").asString();
        String hereId = here.at("/driver/id").asString();
        ApiClient operator = ApiClient.admin(port);
        JsonNode mine = operator.get("/api/v1/drivers?email=" + email.substring(0, 15)).json();
        assertThat(mine.get("items").valueStream().map(d -> d.get("id").asString())).containsExactly(hereId);
        assertThat(mine.toString()).doesNotContain(password).doesNotContain("argon2");
        assertThat(operator.get("/api/v1/drivers/" + thereId).status()).isEqualTo(404);
        assertThat(operator.get("/api/v1/drivers/" + hereId).json().get("email").asString()).isEqualTo(email);
        assertThat(otherOperator.get("/api/v1/drivers/" + hereId).status()).isEqualTo(404);
        assertThat(otherOperator.get("/api/v1/drivers").json().get("items").valueStream()
                .map(d -> d.get("id").asString())).containsExactly(thereId);
        // a token of tenant B does not log out in tenant A
        var crossLogout = http.post("/api/v1/driver/default/logout", there.at("/tokens/accessToken").asString(),
                refreshBody(there.at("/tokens/refreshToken").asString()));
        assertThat(crossLogout.status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesDriverBearerJwtApartFromApiKeys() {
        JsonNode doc = ApiClient.anonymous(port).get("/v3/api-docs").json();

        JsonNode scheme = doc.at("/components/securitySchemes/driverBearer");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(doc.at("/paths/~1api~1v1~1driver~1me/get/security/0").has("driverBearer")).isTrue();
        assertThat(doc.at("/paths/~1api~1v1~1driver~1{tenantSlug}~1login/post/security")).isEmpty();
        assertThat(doc.at("/paths/~1api~1v1~1drivers/get/security").isMissingNode()
                || !doc.at("/paths/~1api~1v1~1drivers/get/security").toString().contains("driverBearer")).isTrue();
        doc.get("paths").properties().stream().filter(path -> path.getKey().contains("/driver"))
                .flatMap(path -> path.getValue().properties().stream())
                .filter(operation -> !operation.getKey().equals("delete")) // 204 without a body: nothing to show
                .forEach(operation -> assertThat(operation.getValue().toString()).as(operation.getKey())
                        .contains("\"example"));
    }

    private String resetToken(String to, int nth) throws Exception {
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(to).length >= nth);
        MimeMessage mail = mailsTo(to)[nth - 1];
        assertThat(mail.getSubject()).contains("reset your password");
        Matcher matcher = RESET_TOKEN.matcher(GreenMailUtil.getBody(mail));
        assertThat(matcher.find()).isTrue();
        return java.net.URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private static MimeMessage[] mailsTo(String to) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> recipient(m).equals(to)).toArray(MimeMessage[]::new);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String credentials(String email, String password) {
        return """
                {"email": "%s", "password": "%s"}""".formatted(email, password);
    }

    private static String refreshBody(String token) {
        return "{\"refreshToken\": \"" + token + "\"}";
    }

    private static String emailBody(String email) {
        return "{\"email\": \"" + email + "\"}";
    }

    private static String confirmBody(String token, String password) {
        return """
                {"token": "%s", "password": "%s"}""".formatted(token, password);
    }
}
