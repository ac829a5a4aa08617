package vn.ocop.fair.notification.preference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.notification.notification.Channel;
import vn.ocop.fair.notification.notification.Recipients;

/** {@code GET/PUT /api/notifications/preferences}: the caller's own e-mail, language, channels and quiet hours. */
@RestController
@RequestMapping("/api/notifications/preferences")
class PreferenceController {

    private static final String HH_MM = "([01][0-9]|2[0-3]):[0-5][0-9]";

    private final Preferences preferences;

    PreferenceController(Preferences preferences) {
        this.preferences = preferences;
    }

    record QuietHours(
            @NotNull @Pattern(regexp = HH_MM) String from,
            @NotNull @Pattern(regexp = HH_MM) String to) {}

    record PreferenceView(String email, String language, Set<Channel> channels, QuietHours quietHours) {

        static PreferenceView of(Preference p) {
            return new PreferenceView(
                    p.email(),
                    p.language(),
                    p.channels(),
                    p.quietFrom() == null
                            ? null
                            : new QuietHours(
                                    p.quietFrom().toString(), p.quietUntil().toString()));
        }
    }

    record PreferenceRequest(
            @Email @Size(max = 254) String email,
            @NotNull @Pattern(regexp = "vi|en") String language,
            @NotEmpty Set<@NotNull Channel> channels,
            @Valid QuietHours quietHours) {}

    @GetMapping
    PreferenceView mine(@AuthenticationPrincipal Jwt token) {
        return PreferenceView.of(preferences.of(Recipients.of(token)));
    }

    @PutMapping
    PreferenceView change(@AuthenticationPrincipal Jwt token, @Valid @RequestBody PreferenceRequest request) {
        if (request.channels().contains(Channel.WEBHOOK)) {
            throw new UnsupportedChannel();
        }
        Preference preference = new Preference(
                request.email() == null || request.email().isBlank() ? null : request.email(),
                request.language(),
                EnumSet.copyOf(request.channels()),
                request.quietHours() == null
                        ? null
                        : LocalTime.parse(request.quietHours().from()),
                request.quietHours() == null
                        ? null
                        : LocalTime.parse(request.quietHours().to()));
        preferences.save(Recipients.of(token), preference);
        return PreferenceView.of(preference);
    }
}
