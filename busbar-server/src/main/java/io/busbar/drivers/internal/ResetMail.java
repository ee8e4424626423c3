package io.busbar.drivers.internal;

import io.busbar.tenants.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The password-reset e-mail, in the tenant's brand, through the SMTP server of {@code spring.mail.*}. Logs who it
 * went to by driver id only; never the link (it is a credential until used).
 */
@Component
class ResetMail {
    private static final Logger log = LoggerFactory.getLogger(ResetMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final DriversProperties properties;

    ResetMail(ObjectProvider<JavaMailSender> mail, DriversProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    void send(Tenant tenant, String driverId, String email, String token, Duration validFor) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No SMTP server configured (spring.mail.host): cannot e-mail a password-reset link to driver {}",
                    driverId);
            return;
        }
        String brand = tenant.displayName();
        String link = properties.passwordResetUrl() + (properties.passwordResetUrl().contains("?") ? "&" : "?")
                + "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(email);
        if (tenant.brand().supportEmail() != null) {
            message.setReplyTo(tenant.brand().supportEmail());
        }
        message.setSubject(brand + ": reset your password");
        message.setText("""
                Someone (hopefully you) asked to reset the password of your %s account.

                Choose a new password here (the link works once, for %d minutes):
                %s

                If you did not ask for this, ignore this e-mail: your password stays as it is.
                """.formatted(brand, validFor.toMinutes(), link));
        try {
            sender.send(message);
            log.info("Password-reset link e-mailed to driver {}", driverId);
        } catch (MailException e) {
            log.warn("Could not e-mail a password-reset link to driver {}: {}", driverId, e.getClass().getSimpleName());
        }
    }
}
