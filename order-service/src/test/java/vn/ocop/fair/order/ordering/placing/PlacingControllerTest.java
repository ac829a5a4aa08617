package vn.ocop.fair.order.ordering.placing;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemJson;
import static vn.ocop.fair.testsupport.SliceRequests.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ocop.fair.order.config.SliceSecurity;

/** Placing an order, the controller alone: what is refused before the order is taken, and who may place. */
@WebMvcTest(PlacingController.class)
@Import(SliceSecurity.class)
class PlacingControllerTest {

    private static final String CONTACT =
            "\"contact\":{\"name\":\"Nguyễn Văn An\",\"phone\":\"0912345678\",\"email\":\"an@example.vn\"}";

    @Autowired
    MockMvc http;

    @MockitoBean
    OrderPlacement placement;

    @Test
    void refusesAnOrderWithoutLinesFulfilmentOrContactNamingEachField() throws Exception {
        place("{}", "CUSTOMER")
                .andExpect(status().isBadRequest())
                .andExpect(problemJson())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        org.hamcrest.Matchers.containsInAnyOrder("lines", "fulfilment", "contact")));
        verifyNoInteractions(placement);
    }

    @Test
    void refusesAnOverlongAddressBeforeAnythingIsRead() throws Exception {
        String street = "x".repeat(201);
        place(
                        "{\"lines\":[{\"productId\":\"p-1\",\"quantity\":1}],\"fulfilment\":{\"method\":\"DELIVERY\","
                                + "\"address\":{\"street\":\"" + street + "\"}}," + CONTACT + "}",
                        "CUSTOMER")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fulfilment.address.street"));
        verifyNoInteractions(placement);
    }

    @Test
    void refusesAQuantityThatIsNoNumberAsAProblem() throws Exception {
        place(
                        "{\"lines\":[{\"productId\":\"p-1\",\"quantity\":\"two\"}],\"fulfilment\":{\"method\":\"PICKUP\"},"
                                + CONTACT + "}",
                        "CUSTOMER")
                .andExpect(status().isBadRequest())
                .andExpect(problemJson());
        verifyNoInteractions(placement);
    }

    @Test
    void letsOnlyCustomersPlaceOrders() throws Exception {
        String order = "{\"lines\":[{\"productId\":\"p-1\",\"quantity\":1}],\"fulfilment\":{\"method\":\"PICKUP\"},"
                + CONTACT + "}";
        for (String role : List.of("PRODUCER", "ORGANISER", "OPERATOR")) {
            place(order, role).andExpect(status().isForbidden());
        }
        http.perform(json(post("/api/orders"), order)).andExpect(status().isUnauthorized());
        verifyNoInteractions(placement);
    }

    private ResultActions place(String body, String role) throws Exception {
        return http.perform(post("/api/orders")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "k-1")
                .content(body)
                .with(jwt().jwt(token -> token.subject("khach-1").claim("roles", List.of(role)))
                        .authorities(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
