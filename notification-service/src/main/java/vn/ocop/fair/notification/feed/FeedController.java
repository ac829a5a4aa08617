package vn.ocop.fair.notification.feed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.ocop.fair.notification.PageView;
import vn.ocop.fair.notification.notification.Channel;
import vn.ocop.fair.notification.notification.Notifications;
import vn.ocop.fair.notification.notification.Recipients;

/** The caller's own in-app feed: paged, unread count, mark as read, and a live stream. */
@RestController
@RequestMapping("/api/notifications")
class FeedController {

    private final Notifications notifications;
    private final LiveFeed live;
    private final Clock clock;

    FeedController(Notifications notifications, LiveFeed live, Clock clock) {
        this.notifications = notifications;
        this.live = live;
        this.clock = clock;
    }

    @GetMapping
    PageView<FeedItem> feed(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        String recipient = Recipients.of(token);
        List<FeedItem> items = notifications.page(recipient, Channel.IN_APP, unread, page, size).stream()
                .map(FeedItem::of)
                .toList();
        return new PageView<>(items, page, size, notifications.count(recipient, Channel.IN_APP, unread));
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount(@AuthenticationPrincipal Jwt token) {
        return Map.of("unread", notifications.count(Recipients.of(token), Channel.IN_APP, true));
    }

    @PutMapping("/{id}/read")
    FeedItem markRead(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return notifications
                .markRead(id, Recipients.of(token), clock.instant())
                .map(FeedItem::of)
                .orElseThrow(() -> new NotificationNotFound(id));
    }

    /** Server-Sent Events: each new in-app message as an event named {@code notification}. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal Jwt token) {
        return live.open(Recipients.of(token));
    }
}
