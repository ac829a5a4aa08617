package vn.ocop.fair.notification.subscription;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.notification.notification.Recipients;

/** {@code /api/notifications/subscriptions}: follow fairs, producers and livestreams; own subscriptions only. */
@RestController
@RequestMapping("/api/notifications/subscriptions")
class SubscriptionController {

    private final Subscriptions subscriptions;
    private final Clock clock;

    SubscriptionController(Subscriptions subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    record SubscriptionRequest(
            @NotNull Subscriptions.Kind kind,
            @NotBlank @Size(max = 100) String targetId) {}

    record SubscriptionView(String id, String kind, String targetId, Instant createdAt) {

        static SubscriptionView of(Document d) {
            return new SubscriptionView(
                    d.getString("_id"),
                    d.getString("kind"),
                    d.getString("targetId"),
                    d.getDate("createdAt").toInstant());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SubscriptionView follow(@AuthenticationPrincipal Jwt token, @Valid @RequestBody SubscriptionRequest request) {
        return SubscriptionView.of(
                subscriptions.follow(Recipients.of(token), request.kind(), request.targetId(), clock.instant()));
    }

    @GetMapping
    List<SubscriptionView> mine(@AuthenticationPrincipal Jwt token) {
        return subscriptions.of(Recipients.of(token)).stream()
                .map(SubscriptionView::of)
                .toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unfollow(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        if (!subscriptions.unfollow(id, Recipients.of(token))) {
            throw new SubscriptionNotFound(id);
        }
    }
}
