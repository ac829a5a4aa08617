package vn.ocop.fair.catalog.product.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.fair.testsupport.ProblemExpectations.problem;
import static vn.ocop.fair.testsupport.ProblemExpectations.problemJson;
import static vn.ocop.fair.testsupport.SliceRequests.caller;
import static vn.ocop.fair.testsupport.SliceRequests.json;
import static vn.ocop.fair.testsupport.SliceRequests.producer;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ocop.fair.catalog.config.SliceSecurity;
import vn.ocop.fair.catalog.fair.FairStands;
import vn.ocop.fair.catalog.product.Catalogue;
import vn.ocop.fair.catalog.product.ProductId;
import vn.ocop.fair.catalog.product.ProductNotFound;
import vn.ocop.fair.catalog.product.search.ProductSearch;

/**
 * The product controller alone (no store, no broker): what it refuses before the catalogue is
 * asked, who may call what, and which problem each refusal becomes.
 */
@WebMvcTest(ProductController.class)
@Import(SliceSecurity.class)
class ProductControllerTest {

    private static final String VALID = """
            {"producerId":"htx-lua-van-phuc","name":"Khăn lụa tơ tằm Vạn Phúc","group":"HANDICRAFT",
             "stars":4,"priceVnd":450000,"unit":"chiếc"}""";

    @Autowired
    MockMvc http;

    @MockitoBean
    Catalogue catalogue;

    @MockitoBean
    ProductSearch search;

    @MockitoBean
    FairStands fairStands;

    @ParameterizedTest(name = "{2}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"Khăn lụa tơ tằm Vạn Phúc\" | \" \"               | name",
                "\"stars\":4                  | \"stars\":0         | stars",
                "450000                       | 9223372036854775807 | priceVnd"
            })
    void refusesAProductWithAFieldOutOfRangeNamingTheField(String valid, String invalid, String field)
            throws Exception {
        createAsProducer(VALID.replace(valid, invalid))
                .andExpect(status().isBadRequest())
                .andExpect(problem("invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        verifyNoInteractions(catalogue);
    }

    @Test
    void answersAnUnknownGroupWithTheAcceptedValuesAndNoJavaNames() throws Exception {
        createAsProducer(VALID.replace("HANDICRAFT", "JEWELS"))
                .andExpect(status().isBadRequest())
                .andExpect(problemJson())
                .andExpect(jsonPath("$.detail", Matchers.containsString("HANDICRAFT")))
                .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("vn.ocop"))));
        verifyNoInteractions(catalogue);
    }

    @Test
    void refusesBrokenJsonAsAProblem() throws Exception {
        http.perform(json(put("/api/catalog/products/p-1"), "{\"name\":").with(producer()))
                .andExpect(status().isBadRequest())
                .andExpect(problemJson());
        verifyNoInteractions(catalogue);
    }

    @Test
    void letsOnlyProducersAndOrganisersCreateProducts() throws Exception {
        http.perform(json(post("/api/catalog/products"), VALID)).andExpect(status().isUnauthorized());
        http.perform(json(post("/api/catalog/products"), VALID).with(caller("CUSTOMER")))
                .andExpect(status().isForbidden())
                .andExpect(problemJson());
        verifyNoInteractions(catalogue);
    }

    @Test
    void answersAnUnknownProductWith404() throws Exception {
        when(catalogue.get(any(), any())).thenThrow(new ProductNotFound(new ProductId("nowhere")));

        http.perform(get("/api/catalog/products/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(problemJson());
    }

    @Test
    void refusesASearchPageTooLarge() throws Exception {
        http.perform(get("/api/catalog/products").param("size", "100000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        verifyNoInteractions(search);
    }

    private ResultActions createAsProducer(String body) throws Exception {
        return http.perform(json(post("/api/catalog/products"), body).with(producer()));
    }
}
