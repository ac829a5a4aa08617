package vn.ocop.fair.event.booth;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.ocop.fair.event.fair.FairRefusals;

/** Reads fairs from the {@code fairs} collection as {@link FairTerms}; never writes it. */
@Component
public class FairTermsLookup {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final MongoCollection<Document> fairs;

    FairTermsLookup(MongoDatabase eventDatabase) {
        this.fairs = eventDatabase.getCollection("fairs");
    }

    public FairTerms require(String fairId) {
        return find(fairId).orElseThrow(() -> new FairRefusals.FairNotFound(fairId));
    }

    /**
     * The fair, for a viewer who may see it: a draft is its organisers' own, so to anyone else it
     * and everything under it (booths, applications) do not exist, as {@code GET /api/fairs/{id}} says.
     */
    public FairTerms requireVisible(String fairId, boolean organiser) {
        FairTerms fair = require(fairId);
        if (!organiser && !fair.isPublic()) {
            throw new FairRefusals.FairNotFound(fairId);
        }
        return fair;
    }

    public Optional<FairTerms> find(String fairId) {
        return Optional.ofNullable(fairs.find(Filters.eq("_id", fairId))
                        .projection(Projections.exclude("outbox"))
                        .first())
                .map(FairTermsLookup::fromDocument);
    }

    /** The fairs not closed or cancelled: what the booth and waitlist gauges report on. */
    public List<String> changeableFairIds() {
        return fairs.find(Filters.nin("status", FairTerms.FINISHED))
                .projection(Projections.include("_id"))
                .map(d -> String.valueOf(d.get("_id")))
                .into(new ArrayList<>());
    }

    /** A draft fair may not have its dates yet. */
    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    static FairTerms fromDocument(Document d) {
        Document rules = d.get("entryRules", Document.class);
        if (rules == null) {
            rules = new Document();
        }
        String zone = d.getString("timeZone");
        String opensAt = d.getString("opensAt");
        String closesAt = d.getString("closesAt");
        Number minimumStars = rules.get("minimumStars", Number.class);
        Number perProducer = rules.get("boothsPerProducer", Number.class);
        return new FairTerms(
                String.valueOf(d.get("_id")),
                d.getString("name"),
                d.getString("status"),
                d.getString("organiserId"),
                zone == null ? HANOI : ZoneId.of(zone),
                day(d.getString("startsOn")),
                day(d.getString("endsOn")),
                opensAt == null ? LocalTime.MIDNIGHT : LocalTime.parse(opensAt),
                closesAt == null ? LocalTime.of(23, 59) : LocalTime.parse(closesAt),
                minimumStars == null ? 0 : minimumStars.intValue(),
                rules.getList("allowedProvinces", String.class, List.of()),
                perProducer == null ? FairTerms.DEFAULT_BOOTHS_PER_PRODUCER : perProducer.intValue());
    }
}
