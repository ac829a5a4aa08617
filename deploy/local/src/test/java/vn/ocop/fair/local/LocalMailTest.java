package vn.ocop.fair.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The local run's mail server: what arrives over SMTP can be read over IMAP as the recipient, with any password. */
class LocalMailTest {

    @Test
    void letsTheRecipientReadOverImapWhatArrivedOverSmtp() throws Exception {
        try (LocalMail mail = LocalMail.start(FreePorts.next(), FreePorts.next())) {
            GreenMailUtil.sendTextEmail(
                    "khachhang@ocop-fair.local",
                    "no-reply@ocop-fair.vn",
                    "Đơn hàng 5F2C9A1E đã được xác nhận",
                    "Tổng tiền: 990.000 ₫",
                    new ServerSetup(mail.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

            Properties properties = new Properties();
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect("127.0.0.1", mail.imapPort(), "khachhang@ocop-fair.local", "any");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                Message[] messages = inbox.getMessages();
                assertThat(messages).hasSize(1);
                assertThat(messages[0].getSubject()).isEqualTo("Đơn hàng 5F2C9A1E đã được xác nhận");
                inbox.close(false);
            } finally {
                store.close();
            }
        }
    }

    @Test
    void keepsOnlyTheNewestMessagesAcrossAllMailboxes() throws Exception {
        try (LocalMail mail = LocalMail.start(FreePorts.next(), FreePorts.next())) {
            ServerSetup smtp = new ServerSetup(mail.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            for (int i = 1; i <= 5; i++) {
                GreenMailUtil.sendTextEmail(
                        "khach" + (i % 2) + "@ocop-fair.local", "no-reply@ocop-fair.vn", "Đơn " + i, "…", smtp);
            }

            assertThat(mail.prune(3)).isEqualTo(2);
            assertThat(mail.prune(3)).isZero();

            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", mail.imapPort(), "khach1@ocop-fair.local", "any");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertThat(inbox.getMessages()).extracting(Message::getSubject).containsExactly("Đơn 3", "Đơn 5");
                inbox.close(false);
            } finally {
                store.close();
            }

            assertThat(mail.recipients()).isEqualTo(2);
            assertThat(mail.prune(1)).isEqualTo(2);
            assertThat(mail.recipients())
                    .as("khach0 has no message left: its mailbox is gone until its next e-mail")
                    .isEqualTo(1);
        }
    }
}
