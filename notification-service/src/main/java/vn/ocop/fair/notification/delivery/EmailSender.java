package vn.ocop.fair.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.bson.Document;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.NotificationProperties;
import vn.ocop.fair.notification.notification.Channel;

/**
 * Sends a stored e-mail notification over SMTP (Spring's mail support), as UTF-8 plain text,
 * through a few kept-open connections ({@link SmtpConnections}).
 */
@Component
class EmailSender implements Sender, DisposableBean {

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail looks its stream provider up through ServiceLoader at every encoded header
        // and body, scanning the class path each time; naming it makes that a class lookup.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final JavaMailSender mail;
    private final SmtpConnections connections;
    private final String from;

    EmailSender(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.connections =
                mail instanceof JavaMailSenderImpl impl ? new SmtpConnections(impl, Duration.ofSeconds(10)) : null;
        this.from = properties.mailFrom();
    }

    @Override
    public void destroy() {
        if (connections != null) {
            connections.close();
        }
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Outcome send(Document notification) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(notification.getString("address"));
            helper.setSubject(notification.getString("subject"));
            helper.setText(notification.getString("body"), false);
            message.setHeader("X-Ocop-Notification-Id", notification.getString("_id"));
            if (connections != null) {
                connections.send(message);
            } else {
                mail.send(message);
            }
            return new Outcome.Sent("accepted by SMTP");
        } catch (MessagingException | MailException e) {
            return new Outcome.Failed(e.getMessage());
        }
    }
}
