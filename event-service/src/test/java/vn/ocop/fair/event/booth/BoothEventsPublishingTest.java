package vn.ocop.fair.event.booth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.fair.event.ExhibitorFixtures.expect;
import static vn.ocop.fair.event.ExhibitorFixtures.tokens;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.event.ExhibitorIntegrationTest;
import vn.ocop.fair.testsupport.KafkaTestClient;

/**
 * The booth and application events reach {@code ocop.fairs.v1} through the outbox and the real
 * broker, keyed by fair id, as CloudEvents in binary mode.
 */
class BoothEventsPublishingTest extends ExhibitorIntegrationTest {

    static final String TOPIC = "ocop.fairs.v1";
    final KafkaTestClient kafka = KafkaTestClient.shared();

    @Test
    void boothAssignedArrivesOnTheFairsTopicAsACloudEvent() {
        String fair = fixtures.fair();
        fixtures.booths(fair, "A", 1);
        String application = fixtures.approved(fair, "htx-lua-van-phuc");
        String assignment = JsonPath.read(
                expect(fixtures.assign(fair, "A-01", application, null), 200).body(), "$.assignmentId");

        ConsumerRecord<String, byte[]> record = awaitEvent(fair, "BoothAssigned");

        assertThat(KafkaTestClient.header(record, "ce_id")).isNotBlank();
        assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/event-service");
        assertThat(KafkaTestClient.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo(fair);
        assertThat(KafkaTestClient.header(record, "ce_time")).isNotBlank();
        assertThat(KafkaTestClient.header(record, "content-type")).isEqualTo("application/json");
        String payload = new String(record.value(), UTF_8);
        assertThat(JsonPath.<String>read(payload, "$.fairId")).isEqualTo(fair);
        assertThat(JsonPath.<String>read(payload, "$.assignmentId")).isEqualTo(assignment);
        assertThat(JsonPath.<String>read(payload, "$.boothCode")).isEqualTo("A-01");
        assertThat(JsonPath.<String>read(payload, "$.zone")).isEqualTo("Khu A — Thủ công mỹ nghệ");
        assertThat(JsonPath.<String>read(payload, "$.producerId")).isEqualTo("htx-lua-van-phuc");
        assertThat(JsonPath.<List<String>>read(payload, "$.productIds")).hasSize(1);
        assertThat(JsonPath.<String>read(payload, "$.startsOn"))
                .isEqualTo(vn.ocop.fair.event.ExhibitorFixtures.FIRST_DAY.toString());
    }

    @Test
    void applicationsDecisionsAndReleasesArePublishedToo() {
        String fair = fixtures.fair();
        fixtures.booths(fair, "A", 1);
        String holder = fixtures.holding(fair, "A-01", "htx-holder");
        String waiting = fixtures.apply(fair, "htx-waiting", "A-01");
        expect(fixtures.decide(fair, waiting, "WAITLISTED"), 200);

        expect(
                fixtures.send(
                        "DELETE",
                        "/api/fairs/" + fair + "/booths/A-01/assignment?reason=R%C3%BAt",
                        null,
                        tokens().organiser()),
                200);

        String applied = payload(awaitEvent(fair, "ExhibitorApplied", r -> true));
        assertThat(JsonPath.<String>read(applied, "$.organiserId")).isEqualTo("so-nong-nghiep-ha-noi");
        String waitlisted = payload(
                awaitEvent(fair, "ExhibitorApplicationDecided", r -> payload(r).contains("WAITLISTED")));
        assertThat(JsonPath.<Integer>read(waitlisted, "$.waitlistPosition")).isEqualTo(1);
        String released = payload(awaitEvent(fair, "BoothReleased"));
        assertThat(JsonPath.<String>read(released, "$.producerId")).isEqualTo("htx-holder");
        assertThat(JsonPath.<String>read(released, "$.reason")).isEqualTo("Rút");
        String promoted = payload(awaitEvent(
                fair,
                "ExhibitorApplicationDecided",
                r -> payload(r).contains(waiting) && payload(r).contains("APPROVED")));
        assertThat(JsonPath.<String>read(promoted, "$.decision")).isEqualTo("APPROVED");
        awaitEvent(fair, "BoothAssigned", r -> payload(r).contains("htx-waiting"));
    }

    private ConsumerRecord<String, byte[]> awaitEvent(String fair, String type) {
        return awaitEvent(fair, type, r -> true);
    }

    private ConsumerRecord<String, byte[]> awaitEvent(
            String fair, String type, java.util.function.Predicate<ConsumerRecord<String, byte[]>> also) {
        List<ConsumerRecord<String, byte[]>> found = kafka.await(
                TOPIC,
                r -> fair.equals(r.key())
                        && ("vn.ocop.fair.event." + type + ".v1").equals(KafkaTestClient.header(r, "ce_type"))
                        && also.test(r),
                Duration.ofSeconds(30));
        assertThat(found).as("%s of fair %s on %s", type, fair, TOPIC).isNotEmpty();
        return found.get(0);
    }

    private static String payload(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), UTF_8);
    }
}
