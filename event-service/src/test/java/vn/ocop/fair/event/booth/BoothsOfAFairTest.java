package vn.ocop.fair.event.booth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.ocop.fair.event.EventIntegrationTest;
import vn.ocop.fair.event.ScratchDatabase;

/**
 * A fair's booths (the floor plan and the booth gauge read them every refresh), in a database of
 * their own: among the booths of forty other fairs they are read by the {@code "<fairId>/"} prefix
 * of their {@code _id} alone, so a document naming the fair but stored under another id is not seen.
 */
@EventIntegrationTest
class BoothsOfAFairTest {

    @RegisterExtension
    final ScratchDatabase scratch = new ScratchDatabase();

    Booths booths;

    @BeforeEach
    void boothsOfManyFairs() {
        booths = new Booths(scratch.database());
        for (int fair = 0; fair < 40; fair++) {
            booths.addAll("other-fair-" + fair, grid("other-fair-" + fair, 50));
        }
    }

    @Test
    void readsTheFairsBoothsByTheirIdPrefixInFloorPlanOrder() {
        String fairId = UUID.randomUUID().toString();
        booths.addAll(fairId, grid(fairId, 12));
        scratch.database().getCollection("booths").insertOne(new Document("fairId", fairId).append("code", "Z-99"));

        List<Booth> ofFair = booths.ofFair(fairId);

        assertThat(ofFair).hasSize(12).allSatisfy(b -> assertThat(b.fairId()).isEqualTo(fairId));
        assertThat(ofFair)
                .extracting(Booth::code)
                .startsWith("A-01", "A-02", "A-03")
                .doesNotContain("Z-99");
    }

    private static List<Booth> grid(String fairId, int count) {
        List<Booth> grid = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            grid.add(
                    new Booth(fairId, "A-%02d".formatted(i), "Khu A", BoothType.STANDARD, 9.0, 3_000_000, i, 1, false));
        }
        return grid;
    }
}
