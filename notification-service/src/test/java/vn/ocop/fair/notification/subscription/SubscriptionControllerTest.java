package vn.ocop.fair.notification.subscription;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.fair.testsupport.ProblemExpectations.problem;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemJson;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemType;
import static vn.ocop.fair.testsupport.SliceRequests.caller;
import static vn.ocop.fair.testsupport.SliceRequests.customer;
import static vn.ocop.fair.testsupport.SliceRequests.json;
import static vn.ocop.fair.testsupport.SliceRequests.producer;

import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.ocop.fair.notification.config.SliceSecurity;
import vn.ocop.fair.testsupport.SliceClock;

/**
 * The subscription controller alone (no store): what it refuses before anything is stored, that
 * every caller follows and unfollows as themselves only, and which problem each refusal becomes.
 */
@WebMvcTest(SubscriptionController.class)
@Import({SliceSecurity.class, SliceClock.class})
class SubscriptionControllerTest {

    private static final String SUBSCRIPTIONS = "/api/notifications/subscriptions";

    @Autowired
    MockMvc http;

    @MockitoBean
    Subscriptions subscriptions;

    @Test
    void refusesASubscriptionWithoutKindOrTargetNamingEachField() throws Exception {
        http.perform(json(post(SUBSCRIPTIONS), "{\"targetId\":\" \"}").with(customer()))
                .andExpect(status().isBadRequest())
                .andExpect(problem("invalid-request"))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("kind", "targetId")));
        http.perform(json(post(SUBSCRIPTIONS), "{\"kind\":\"FAIR\",\"targetId\":\"" + "f".repeat(101) + "\"}")
                        .with(customer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targetId"));
        verifyNoInteractions(subscriptions);
    }

    @Test
    void answersAKindThatDoesNotExistWithTheAcceptedOnes() throws Exception {
        http.perform(json(post(SUBSCRIPTIONS), "{\"kind\":\"SHOP\",\"targetId\":\"f-1\"}")
                        .with(customer()))
                .andExpect(status().isBadRequest())
                .andExpect(problemType("unreadable-request"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("FAIR, PRODUCER, LIVESTREAM")))
                .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("vn.ocop"))));
        verifyNoInteractions(subscriptions);
    }

    @Test
    void refusesABrokenBodyAsUnreadable() throws Exception {
        http.perform(json(post(SUBSCRIPTIONS), "{\"kind\":\"FAIR\",").with(customer()))
                .andExpect(status().isBadRequest())
                .andExpect(problem("unreadable-request"));
        verifyNoInteractions(subscriptions);
    }

    @Test
    void wantsASignedInCaller() throws Exception {
        http.perform(json(post(SUBSCRIPTIONS), "{\"kind\":\"FAIR\",\"targetId\":\"f-1\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(problemJson());
        http.perform(get(SUBSCRIPTIONS)).andExpect(status().isUnauthorized());
        http.perform(delete(SUBSCRIPTIONS + "/s-1")).andExpect(status().isUnauthorized());
        verifyNoInteractions(subscriptions);
    }

    @Test
    void answersFollowingTheSameTargetTwiceWith409() throws Exception {
        when(subscriptions.follow(eq("customer:khach-1"), eq(Subscriptions.Kind.FAIR), eq("f-1"), any()))
                .thenThrow(new AlreadyFollowing(Subscriptions.Kind.FAIR, "f-1"));

        http.perform(json(post(SUBSCRIPTIONS), "{\"kind\":\"FAIR\",\"targetId\":\"f-1\"}")
                        .with(customer()))
                .andExpect(status().isConflict())
                .andExpect(problem("already-following"));
    }

    @Test
    void answersUnfollowingASubscriptionNotTheCallersAsNotFound() throws Exception {
        when(subscriptions.unfollow("s-1", "customer:khach-1")).thenReturn(false);

        http.perform(delete(SUBSCRIPTIONS + "/s-1").with(customer()))
                .andExpect(status().isNotFound())
                .andExpect(problem("subscription-not-found"));
        verify(subscriptions).unfollow("s-1", "customer:khach-1");
    }

    @Test
    void followsForTheProducersSharedFeedAndAnswersTheSubscription() throws Exception {
        when(subscriptions.follow("producer:htx-lua-van-phuc", Subscriptions.Kind.LIVESTREAM, "live-7", SliceClock.NOW))
                .thenReturn(subscription("s-9", "LIVESTREAM", "live-7"));

        http.perform(json(post(SUBSCRIPTIONS), "{\"kind\":\"LIVESTREAM\",\"targetId\":\"live-7\"}")
                        .with(producer()))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value("s-9"))
                .andExpect(jsonPath("$.kind").value("LIVESTREAM"))
                .andExpect(jsonPath("$.targetId").value("live-7"))
                .andExpect(jsonPath("$.createdAt").value("2026-12-03T09:00:00Z"))
                .andExpect(jsonPath("$.recipient").doesNotExist());
    }

    @Test
    void listsTheOrganisersSharedSubscriptions() throws Exception {
        when(subscriptions.of("organisers"))
                .thenReturn(List.of(subscription("s-1", "FAIR", "f-1"), subscription("s-2", "PRODUCER", "htx-a")));

        http.perform(get(SUBSCRIPTIONS).with(caller("ORGANISER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", Matchers.contains("s-1", "s-2")))
                .andExpect(jsonPath("$[1].kind").value("PRODUCER"));
    }

    private static Document subscription(String id, String kind, String targetId) {
        return new Document("_id", id)
                .append("recipient", "somebody")
                .append("kind", kind)
                .append("targetId", targetId)
                .append("createdAt", Date.from(SliceClock.NOW));
    }
}
