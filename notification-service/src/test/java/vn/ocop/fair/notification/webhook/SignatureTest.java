package vn.ocop.fair.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureTest {

    @Test
    void isTheStandardHmacSha256InHex() {
        assertThat(Signature.hmac("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void signsTheTimestampAndTheBodyTogether() {
        String body = "{\"id\":\"e-1\",\"type\":\"OrderPaid\"}";

        String header = Signature.header("whsec_test", 1_779_328_800L, body);

        assertThat(header).isEqualTo("t=1779328800,v1=" + Signature.hmac("whsec_test", "1779328800." + body));
        assertThat(header).isNotEqualTo(Signature.header("whsec_test", 1_779_328_801L, body));
    }
}
