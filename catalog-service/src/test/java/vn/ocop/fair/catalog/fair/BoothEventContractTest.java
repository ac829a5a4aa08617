package vn.ocop.fair.catalog.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.PublishedEventSamples;
import vn.ocop.fair.support.events.UnreadableEvent;

/** Reads the samples event-service pins for its booth events (the producer's side of the contract). */
@JsonTest
class BoothEventContractTest {

    static final String FAIR = "7d1e4c2a-5b3f-4a8e-9f60-2c8b1d9e4a73";

    @Autowired
    JsonMapper json;

    @Test
    void mapsEventServicesBoothAssignedSample() throws IOException {
        BoothAssignment assignment =
                json.readValue(sample("BoothAssigned"), BoothAssignedCopy.class).toAssignment();

        assertThat(assignment)
                .isEqualTo(new BoothAssignment(
                        new FairStand(
                                FAIR,
                                "A-01",
                                "Tuần hàng OCOP Hà Nội — Công viên Văn hóa Đống Đa",
                                LocalDate.parse("2026-05-21"),
                                LocalDate.parse("2026-05-25")),
                        "htx-lua-van-phuc",
                        List.of("0b8f5d3e-7c1a-4f57-9a51-3b1f6f0c2a11", "5e2a9c7b-1d3f-4b6e-8a20-9f4c3e1b7d52"),
                        Instant.parse("2026-05-10T03:00:00Z")));
    }

    @Test
    void mapsEventServicesBoothReleasedSample() throws IOException {
        assertThat(json.readValue(sample("BoothReleased"), BoothReleasedCopy.class)
                        .toRelease())
                .isEqualTo(new BoothRelease(FAIR, "A-01", "htx-lua-van-phuc", Instant.parse("2026-05-12T08:30:00Z")));
    }

    @Test
    void ignoresFieldsItDoesNotRead() {
        String withExtraFields = """
                {"fairId":"f-1","boothCode":"B-02","zone":"B","producerId":"ho-nem-phung","productIds":["p-1"],
                 "fairName":null,"startsOn":"2026-06-01","endsOn":"2026-06-01","occurredAt":"2026-05-21T02:00:00Z",
                 "boothSize":"corner","subsidyPercent":50}
                """;

        BoothAssignment assignment =
                json.readValue(withExtraFields, BoothAssignedCopy.class).toAssignment();

        assertThat(assignment.stand().fairName()).isNull();
        assertThat(assignment.productIds()).containsExactly("p-1");
    }

    @Test
    void refusesAnAssignmentWithoutItsBoothOrWithDaysTheWrongWayRound() {
        String noBooth = """
                {"fairId":"f-1","producerId":"p","productIds":[],"startsOn":"2026-06-01","endsOn":"2026-06-02",
                 "occurredAt":"2026-05-21T02:00:00Z"}
                """;
        String backwards = noBooth.replace("\"producerId\"", "\"boothCode\":\"A-01\",\"producerId\"")
                .replace("2026-06-02", "2026-05-30");

        assertThatThrownBy(
                        () -> json.readValue(noBooth, BoothAssignedCopy.class).toAssignment())
                .isInstanceOf(UnreadableEvent.class);
        assertThatThrownBy(
                        () -> json.readValue(backwards, BoothAssignedCopy.class).toAssignment())
                .isInstanceOf(UnreadableEvent.class)
                .hasMessageContaining("startsOn <= endsOn");
    }

    @Test
    void refusesAReleaseWithoutItsTime() {
        assertThatThrownBy(() -> json.readValue("{\"fairId\":\"f-1\",\"boothCode\":\"A-01\"}", BoothReleasedCopy.class)
                        .toRelease())
                .isInstanceOf(UnreadableEvent.class);
    }

    private static byte[] sample(String type) throws IOException {
        return PublishedEventSamples.of("event-service", type);
    }
}
