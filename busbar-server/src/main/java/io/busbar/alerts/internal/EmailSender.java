package io.busbar.alerts.internal;

import io.busbar.alerts.Alert;
import io.busbar.alerts.Delivery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Sends the alert as a plain-text e-mail through the SMTP server of {@code spring.mail.*}. Without
 * {@code spring.mail.host} there is no mail sender: each attempt fails and says so.
 */
@Component
class EmailSender {
    private final ObjectProvider<JavaMailSender> mail;
    private final AlertProperties properties;
    private final Clock clock;

    EmailSender(ObjectProvider<JavaMailSender> mail, AlertProperties properties, Clock clock) {
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    Delivery.Attempt send(DeliveryOutbox.Due due, Alert alert) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return new Delivery.Attempt(due.attempt(), clock.instant(), false, null,
                    "No SMTP server configured (spring.mail.host)");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(due.target());
        message.setSubject(AlertMessage.subject(alert, due.level()));
        message.setText(AlertMessage.text(alert, due.level()));
        try {
            sender.send(message);
            return new Delivery.Attempt(due.attempt(), clock.instant(), true, null, null);
        } catch (MailException e) {
            return new Delivery.Attempt(due.attempt(), clock.instant(), false, null,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
