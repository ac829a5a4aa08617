package vn.ocop.fair.notification.demo;

import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.NotificationProperties;
import vn.ocop.fair.notification.notification.Channel;
import vn.ocop.fair.notification.notification.Recipients;
import vn.ocop.fair.notification.preference.Preference;
import vn.ocop.fair.notification.preference.Preferences;

/**
 * The local run's demo accounts get e-mail addresses (received by the local GreenMail), never
 * overwriting a choice already made; no quiet hours, so a demo at night still shows e-mails.
 */
@Component
class DemoPreferences {

    private final Preferences preferences;
    private final boolean enabled;

    DemoPreferences(Preferences preferences, NotificationProperties properties) {
        this.preferences = preferences;
        this.enabled = properties.demoData();
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!enabled) {
            return;
        }
        seed(Recipients.customer("khachhang"), "khachhang@ocop-fair.local", "vi");
        seed(Recipients.producer("htx-lua-van-phuc"), "vanphuc@ocop-fair.local", "vi");
        seed(Recipients.producer("cty-gom-bat-trang"), "battrang@ocop-fair.local", "en");
        seed(Recipients.ORGANISERS, "bantochuc@ocop-fair.local", "vi");
    }

    private void seed(String recipient, String email, String language) {
        preferences.saveIfAbsent(
                recipient, new Preference(email, language, Set.of(Channel.EMAIL, Channel.IN_APP), null, null));
    }
}
