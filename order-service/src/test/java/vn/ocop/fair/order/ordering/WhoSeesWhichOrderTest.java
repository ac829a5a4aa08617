package vn.ocop.fair.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.fair.support.security.Caller;

/** Who sees and acts on which order, for an order of customer {@code khach-1} with a line of {@code htx-che}. */
class WhoSeesWhichOrderTest {

    private final Order order = OrderTest.pending();

    private static Caller caller(String subject, String role, String producerId) {
        return new Caller(subject, Set.of(role), producerId);
    }

    /**
     * Staff see the whole order and may cancel it; its customer too, another customer nothing; a
     * producer with a line sees only their part and may not cancel, one without a line nothing.
     */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(
            nullValues = "-",
            value = {
                "bantochuc, ORGANISER, -,       true,  true,  true,  true",
                "ops,       OPERATOR,  -,       true,  true,  true,  true",
                "khach-1,   CUSTOMER,  -,       false, true,  true,  true",
                "khach-2,   CUSTOMER,  -,       false, false, false, false",
                "nsx-che,   PRODUCER,  htx-che, false, true,  false, false",
                "nsx-gom,   PRODUCER,  cty-gom, false, false, false, false"
            })
    void givesEachCallerTheirShareOfTheOrder(
            String subject,
            String role,
            String producerId,
            boolean staff,
            boolean sees,
            boolean seesWhole,
            boolean mayCancel) {
        Caller caller = caller(subject, role, producerId);

        assertThat(OrderAccess.isStaff(caller)).isEqualTo(staff);
        assertThat(OrderAccess.maySee(caller, order)).isEqualTo(sees);
        assertThat(OrderAccess.seesWholeOrder(caller, order)).isEqualTo(seesWhole);
        assertThat(OrderAccess.mayCancel(caller, order)).isEqualTo(mayCancel);
    }

    @Test
    void aCancellationIsRecordedWithTheCallersStrongestRole() {
        assertThat(OrderAccess.cancellationRole(new Caller("x", Set.of("ORGANISER", "OPERATOR"), null)))
                .isEqualTo("OPERATOR");
        assertThat(OrderAccess.cancellationRole(caller("bantochuc", "ORGANISER", null)))
                .isEqualTo("ORGANISER");
        assertThat(OrderAccess.cancellationRole(caller("khach-1", "CUSTOMER", null)))
                .isEqualTo("CUSTOMER");
    }
}
