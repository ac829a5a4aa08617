package vn.ocop.fair.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import vn.ocop.fair.gateway.GatewayTest;

/**
 * Every row of {@code authorisation-matrix.csv} (the documentation of who may call what) for every
 * role, through the running gateway with real tokens from its local issuer.
 */
class AuthorisationMatrixTest extends GatewayTest {

    /** The demo account of each role, in the order of the table's columns; anonymous has none. */
    private static final String[] CALLERS = {null, "khachhang", "vanphuc", "bantochuc", "vanhanh"};

    private static final String[] ROLES = {"anonymous", "customer", "producer", "organiser", "operator"};

    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(resources = "/authorisation-matrix.csv", numLinesToSkip = 1)
    void answersEachRoleAsTheMatrixSays(
            String method, String path, int anonymous, int customer, int producer, int organiser, int operator) {
        int[] expected = {anonymous, customer, producer, organiser, operator};
        Map<String, Integer> wanted = new LinkedHashMap<>();
        Map<String, Integer> got = new LinkedHashMap<>();
        for (int i = 0; i < CALLERS.length; i++) {
            int status = gateway.call(method, path, CALLERS[i]).statusCode();
            wanted.put(ROLES[i], expected[i]);
            got.put(ROLES[i], status);
        }

        assertThat(got).as("%s %s", method, path).isEqualTo(wanted);
    }
}
