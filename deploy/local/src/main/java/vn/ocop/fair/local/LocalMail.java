package vn.ocop.fair.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The local run's mail server (GreenMail, in the launcher's JVM): notification-service sends over
 * SMTP; anyone reads over IMAP with the recipient's address as user name and any password.
 */
final class LocalMail implements AutoCloseable {

    static final int SMTP = 3025;
    static final int IMAP = 3143;

    private final GreenMail server;

    private LocalMail(GreenMail server) {
        this.server = server;
    }

    static LocalMail start(int smtp, int imap) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                    new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return new LocalMail(server);
    }

    int smtpPort() {
        return server.getSmtp().getPort();
    }

    int imapPort() {
        return server.getImap().getPort();
    }

    @Override
    public void close() {
        server.stop();
    }
}
