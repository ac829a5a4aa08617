package vn.ocop.fair.event.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.ocop.fair.event.EventIntegrationTest;
import vn.ocop.fair.event.ScratchDatabase;

/**
 * The gauges' read of the applications, in a database of its own: among thousands of applications
 * to fairs long over (outside the working set), it counts exactly the applications of the fairs
 * still running, through the sparse unique {@code current} marker alone; a fair that finished
 * leaves the set once retired.
 */
@EventIntegrationTest
class ApplicationsWorkingSetTest {

    static final Instant NOW = Instant.parse("2026-05-21T02:00:00Z");

    @RegisterExtension
    final ScratchDatabase scratch = new ScratchDatabase();

    Applications applications;

    @BeforeEach
    void thousandsOfApplicationsToFairsLongOver() {
        applications = new Applications(scratch.database());
        List<Document> past = new ArrayList<>();
        for (int fair = 0; fair < 40; fair++) {
            String fairId = "past-fair-" + fair;
            for (int i = 0; i < 100; i++) {
                past.add(new Document("_id", UUID.randomUUID().toString())
                        .append("fairId", fairId)
                        .append("producerId", "htx-" + i)
                        .append("status", "APPROVED")
                        .append("version", 2));
            }
        }
        applications.collection().insertMany(past);
    }

    @Test
    void countsOnlyTheApplicationsOfRunningFairsThroughTheirMarker() {
        String running = "fair-" + UUID.randomUUID();
        String finishing = "fair-" + UUID.randomUUID();
        submit(running, "htx-a");
        submit(running, "htx-b");
        submit(finishing, "htx-c");

        Map<String, Map<ApplicationStatus, Long>> current = applications.currentByFair();

        assertThat(current).containsOnlyKeys(running, finishing);
        assertThat(current.get(running)).containsExactlyEntriesOf(Map.of(ApplicationStatus.PENDING, 2L));

        applications.retire(finishing);

        assertThat(applications.currentByFair()).containsOnlyKeys(running);
    }

    private void submit(String fairId, String producerId) {
        applications.add(
                ExhibitorApplication.submit(fairId, producerId, List.of("p-1"), List.of(), "test", NOW), List.of());
    }
}
