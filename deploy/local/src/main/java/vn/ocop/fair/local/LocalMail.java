package vn.ocop.fair.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local run's mail server (GreenMail, in the launcher's JVM): notification-service sends over
 * SMTP; anyone reads over IMAP with the recipient's address as user name and any password.
 *
 * <p>GreenMail keeps every message on the heap. It keeps the {@value #KEPT_MESSAGES} newest and
 * drops older ones every {@value #PRUNE_SECONDS} s: unbounded, a fair day's e-mails filled the
 * launcher's heap (300 MB after 20,000 orders) and its collector paused the broker and the wire
 * server for half a second at a time. A recipient left without messages is removed too: GreenMail
 * finds a recipient's mailbox by comparing its name with every other one, so with every customer of
 * a fair day kept (10,000 in the bench) each delivery, and each prune, grew with them.
 */
final class LocalMail implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalMail.class);

    static final int SMTP = 3025;
    static final int IMAP = 3143;
    static final int KEPT_MESSAGES = 2_000;
    static final int PRUNE_SECONDS = 15;

    private final GreenMail server;
    private final ScheduledExecutorService pruner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "mail-pruner");
        thread.setDaemon(true);
        return thread;
    });

    private LocalMail(GreenMail server) {
        this.server = server;
        pruner.scheduleWithFixedDelay(this::pruneQuietly, PRUNE_SECONDS, PRUNE_SECONDS, TimeUnit.SECONDS);
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

    /** Drops the oldest messages beyond the newest {@code keep}; answers how many it dropped. */
    int prune(int keep) throws FolderException {
        ImapHostManager mailboxes = server.getManagers().getImapHostManager();
        record Held(MailFolder folder, StoredMessage message) {}
        List<Held> held = new ArrayList<>();
        Map<GreenMailUser, MailFolder> inboxes =
                new HashMap<>(); // each looked up once: a lookup compares with every mailbox
        for (GreenMailUser user : server.getUserManager().listUser()) {
            MailFolder inbox = mailboxes.getInbox(user);
            inboxes.put(user, inbox);
            inbox.getNonDeletedMessages().forEach(m -> held.add(new Held(inbox, m)));
        }
        if (held.size() <= keep) {
            return 0;
        }
        held.sort(Comparator.comparing((Held h) -> h.message().getReceivedDate())
                .thenComparingLong(h -> h.message().getUid()));
        List<Held> oldest = held.subList(0, held.size() - keep);
        Set<MailFolder> touched = new LinkedHashSet<>();
        for (Held h : oldest) {
            h.message().setFlag(Flags.Flag.DELETED, true);
            touched.add(h.folder());
        }
        for (MailFolder folder : touched) {
            folder.expunge();
        }
        inboxes.forEach((user, inbox) -> {
            if (inbox.getNonDeletedMessages().isEmpty()) {
                server.getUserManager().deleteUser(user); // created again by their next e-mail
            }
        });
        return oldest.size();
    }

    /** How many recipients have a mailbox. */
    int recipients() {
        return server.getUserManager().listUser().size();
    }

    private void pruneQuietly() {
        try {
            int dropped = prune(KEPT_MESSAGES);
            if (dropped > 0) {
                log.debug("Dropped the {} oldest e-mails (keeping {})", dropped, KEPT_MESSAGES);
            }
        } catch (RuntimeException | FolderException e) {
            log.warn("Could not drop old e-mails: {}", e.toString());
        }
    }

    @Override
    public void close() {
        pruner.shutdownNow();
        server.stop();
    }
}
