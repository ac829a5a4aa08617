package vn.ocop.fair.notification.preference;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.ocop.fair.notification.notification.Channel;

/** The {@code preferences} collection: one document per recipient key; none means {@link Preference#DEFAULT}. */
@Component
public class Preferences {

    private final MongoCollection<Document> collection;

    Preferences(MongoDatabase database) {
        this.collection = database.getCollection("preferences");
    }

    public Preference of(String recipient) {
        Document doc = collection.find(eq("_id", recipient)).first();
        return doc == null ? Preference.DEFAULT : preference(doc);
    }

    /** Each recipient's preferences (the default for those without), read in one query by _id. */
    public Map<String, Preference> of(Collection<String> recipients) {
        Map<String, Preference> found = new HashMap<>();
        if (!recipients.isEmpty()) {
            for (Document doc : collection.find(in("_id", new HashSet<>(recipients)))) {
                found.put(doc.getString("_id"), preference(doc));
            }
        }
        Map<String, Preference> all = new HashMap<>();
        for (String recipient : recipients) {
            all.put(recipient, found.getOrDefault(recipient, Preference.DEFAULT));
        }
        return all;
    }

    private static Preference preference(Document doc) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        doc.getList("channels", String.class, List.of()).forEach(c -> channels.add(Channel.valueOf(c)));
        return new Preference(
                doc.getString("email"),
                doc.getString("language"),
                channels,
                time(doc.getString("quietFrom")),
                time(doc.getString("quietUntil")));
    }

    public void save(String recipient, Preference preference) {
        Document doc = new Document("_id", recipient)
                .append("email", preference.email())
                .append("language", preference.language())
                .append(
                        "channels",
                        new ArrayList<>(preference.channels().stream()
                                .map(Enum::name)
                                .sorted()
                                .toList()))
                .append(
                        "quietFrom",
                        preference.quietFrom() == null
                                ? null
                                : preference.quietFrom().toString())
                .append(
                        "quietUntil",
                        preference.quietUntil() == null
                                ? null
                                : preference.quietUntil().toString());
        collection.replaceOne(eq("_id", recipient), doc, new ReplaceOptions().upsert(true));
    }

    /** Saves only when the recipient has no preferences yet (demo seeding never overwrites a choice). */
    public void saveIfAbsent(String recipient, Preference preference) {
        if (collection.find(eq("_id", recipient)).first() == null) {
            save(recipient, preference);
        }
    }

    private static LocalTime time(String text) {
        return text == null ? null : LocalTime.parse(text);
    }
}
