package vn.ocop.fair.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Open SMTP connections kept between e-mails: a sending thread takes one (or opens one when none
 * is idle), sends, and gives it back, so an e-mail costs its SMTP commands, not a connect, a
 * greeting and a QUIT as well. There are never more connections than sending threads; one left
 * idle longer than {@code maxIdle} is closed rather than reused (servers drop idle clients). A
 * reused connection that fails before the server answered the message is replaced and the message
 * sent once more on a new one; a refusal by the server ({@link SendFailedException}) is the
 * message's outcome.
 */
final class SmtpConnections implements AutoCloseable {

    private record Idle(Transport transport, long since) {}

    private final JavaMailSenderImpl mail;
    private final long maxIdleNanos;
    private final Deque<Idle> idle = new ArrayDeque<>();

    SmtpConnections(JavaMailSenderImpl mail, Duration maxIdle) {
        this.mail = mail;
        this.maxIdleNanos = maxIdle.toNanos();
    }

    void send(MimeMessage message) throws MessagingException {
        if (message.getHeader("Date") == null) {
            // not setSentDate: its formatter is one static instance, locked by every sending thread
            message.setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId); // as JavaMailSenderImpl keeps a given one
        }
        Transport reused = take();
        if (reused != null) {
            try {
                reused.sendMessage(message, message.getAllRecipients());
                giveBack(reused);
                return;
            } catch (SendFailedException refused) {
                giveBack(reused);
                throw refused;
            } catch (MessagingException stale) {
                close(reused); // e.g. the server dropped it while idle: try once on a new one
            }
        }
        Transport fresh = open();
        try {
            fresh.sendMessage(message, message.getAllRecipients());
            giveBack(fresh);
        } catch (SendFailedException refused) {
            giveBack(fresh);
            throw refused;
        } catch (MessagingException | RuntimeException e) {
            close(fresh);
            throw e;
        }
    }

    private Transport take() {
        long now = System.nanoTime();
        while (true) {
            Idle next;
            synchronized (idle) {
                next = idle.pollFirst();
            }
            if (next == null) {
                return null;
            }
            if (now - next.since() < maxIdleNanos) { // not isConnected(): that costs a NOOP round trip
                return next.transport();
            }
            close(next.transport());
        }
    }

    private void giveBack(Transport transport) {
        synchronized (idle) {
            idle.addFirst(new Idle(transport, System.nanoTime()));
        }
    }

    private Transport open() throws MessagingException {
        Transport transport = mail.getSession().getTransport(mail.getProtocol() == null ? "smtp" : mail.getProtocol());
        transport.connect(mail.getHost(), mail.getPort(), mail.getUsername(), mail.getPassword());
        return transport;
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // gone already
        }
    }

    @Override
    public void close() {
        synchronized (idle) {
            idle.forEach(i -> close(i.transport()));
            idle.clear();
        }
    }
}
