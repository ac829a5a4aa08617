package vn.ocop.fair.notification.feed;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.fair.testsupport.ProblemExpectations.problem;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemJson;
import static vn.ocop.fair.testsupport.SliceRequests.customer;
import static vn.ocop.fair.testsupport.SliceRequests.producer;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ocop.fair.notification.config.SliceSecurity;
import vn.ocop.fair.notification.notification.Channel;
import vn.ocop.fair.notification.notification.Notifications;
import vn.ocop.fair.testsupport.SliceClock;

/**
 * The feed controller alone (no store, no stream): what it refuses before the feed is read, that
 * each caller reads their own feed only, and which problem each refusal becomes.
 */
@WebMvcTest(FeedController.class)
@Import({SliceSecurity.class, SliceClock.class})
class FeedControllerTest {

    @Autowired
    MockMvc http;

    @MockitoBean
    Notifications notifications;

    @MockitoBean
    LiveFeed live;

    /** A value out of range or of the wrong type, each named; the list is never read. */
    @ParameterizedTest
    @CsvSource({
        "size, 101, must be less than or equal to 100",
        "page, -1,",
        "unread, maybe, must be true or false",
        "size, twenty,"
    })
    void refusesAQueryParameterOutOfRangeOrOfTheWrongTypeNamingIt(String parameter, String value, String message)
            throws Exception {
        ResultActions refused = http.perform(
                        get("/api/notifications").param(parameter, value).with(customer()))
                .andExpect(status().isBadRequest())
                .andExpect(problem("invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value(parameter));
        if (message != null) {
            refused.andExpect(jsonPath("$.errors[0].message").value(message));
        }
        verifyNoInteractions(notifications);
    }

    @Test
    void wantsASignedInCaller() throws Exception {
        http.perform(get("/api/notifications"))
                .andExpect(status().isUnauthorized())
                .andExpect(problemJson());
        http.perform(get("/api/notifications/unread-count")).andExpect(status().isUnauthorized());
        http.perform(put("/api/notifications/n-1/read")).andExpect(status().isUnauthorized());
        verifyNoInteractions(notifications, live);
    }

    @Test
    void answersMarkingANotificationNotTheCallersAsNotFound() throws Exception {
        when(notifications.markRead("n-1", "customer:khach-1", SliceClock.NOW)).thenReturn(Optional.empty());

        http.perform(put("/api/notifications/n-1/read").with(customer()))
                .andExpect(status().isNotFound())
                .andExpect(problem("notification-not-found"));
    }

    @Test
    void marksTheCallersNotificationReadAndAnswersIt() throws Exception {
        when(notifications.markRead("n-1", "customer:khach-1", SliceClock.NOW))
                .thenReturn(Optional.of(notification("n-1", true)));

        http.perform(put("/api/notifications/n-1/read").with(customer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("n-1"))
                .andExpect(jsonPath("$.read").value(true))
                .andExpect(jsonPath("$.recipient").doesNotExist());
    }

    @Test
    void pagesTheCallersOwnUnreadFeed() throws Exception {
        when(notifications.page("customer:khach-1", Channel.IN_APP, true, 1, 2))
                .thenReturn(List.of(notification("n-3", false)));
        when(notifications.count("customer:khach-1", Channel.IN_APP, true)).thenReturn(3L);

        http.perform(get("/api/notifications")
                        .param("unread", "true")
                        .param("page", "1")
                        .param("size", "2")
                        .with(customer()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items[0].id").value("n-3"))
                .andExpect(jsonPath("$.items[0].type").value("OrderConfirmed"))
                .andExpect(jsonPath("$.items[0].subject").value("Đơn hàng đã được xác nhận"))
                .andExpect(jsonPath("$.items[0].read").value(false))
                .andExpect(jsonPath("$.items[0].createdAt").value("2026-12-03T09:00:00Z"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void countsTheUnreadOfTheProducersSharedFeed() throws Exception {
        when(notifications.count("producer:htx-lua-van-phuc", Channel.IN_APP, true))
                .thenReturn(4L);

        http.perform(get("/api/notifications/unread-count").with(producer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(4));
        http.perform(get("/api/notifications/unread-count").with(customer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(0));
    }

    private static Document notification(String id, boolean read) {
        return new Document("_id", id)
                .append("recipient", "customer:khach-1")
                .append("type", "OrderConfirmed")
                .append("subject", "Đơn hàng đã được xác nhận")
                .append("body", "Đơn o-1 đã được xác nhận")
                .append("read", read)
                .append("createdAt", Date.from(SliceClock.NOW));
    }
}
