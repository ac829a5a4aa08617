package vn.ocop.fair.notification.feed;

import java.time.Instant;
import org.bson.Document;

/** One message of a recipient's in-app feed, as the API and the live stream show it. */
public record FeedItem(String id, String type, String subject, String body, boolean read, Instant createdAt) {

    public static FeedItem of(Document d) {
        return new FeedItem(
                d.getString("_id"),
                d.getString("type"),
                d.getString("subject"),
                d.getString("body"),
                d.getBoolean("read", false),
                d.getDate("createdAt").toInstant());
    }
}
