package vn.ocop.fair.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.NotificationProperties;
import vn.ocop.fair.notification.notification.Channel;

/** Sends a stored e-mail notification over SMTP (Spring's mail support), as UTF-8 plain text. */
@Component
class EmailSender implements Sender {

    private final JavaMailSender mail;
    private final String from;

    EmailSender(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.from = properties.mailFrom();
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
            mail.send(message);
            return new Outcome.Sent("accepted by SMTP");
        } catch (MessagingException | MailException e) {
            return new Outcome.Failed(e.getMessage());
        }
    }
}
