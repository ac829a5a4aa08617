package vn.ocop.fair.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ocop.fair.support.security.Caller;

/** Who sees and acts on which order, for an order of customer {@code khach-1} with a line of {@code htx-che}. */
class WhoSeesWhichOrderTest {

    private final Order order = OrderTest.pending();

    private static Caller caller(String subject, String role, String producerId) {
        return new Caller(subject, Set.of(role), producerId);
    }

    @Test
    void organisersAndOperatorsSeeTheWholeOrderAndMayCancelIt() {
        for (Caller staff : new Caller[] {caller("bantochuc", "ORGANISER", null), caller("ops", "OPERATOR", null)}) {
            assertThat(OrderAccess.isStaff(staff)).isTrue();
            assertThat(OrderAccess.maySee(staff, order)).isTrue();
            assertThat(OrderAccess.seesWholeOrder(staff, order)).isTrue();
            assertThat(OrderAccess.mayCancel(staff, order)).isTrue();
        }
    }

    @Test
    void theCustomerSeesAndCancelsOnlyTheirOwnOrder() {
        Caller theirs = caller("khach-1", "CUSTOMER", null);
        Caller someoneElse = caller("khach-2", "CUSTOMER", null);

        assertThat(OrderAccess.seesWholeOrder(theirs, order)).isTrue();
        assertThat(OrderAccess.mayCancel(theirs, order)).isTrue();
        assertThat(OrderAccess.maySee(someoneElse, order)).isFalse();
        assertThat(OrderAccess.mayCancel(someoneElse, order)).isFalse();
    }

    @Test
    void aProducerWithALineSeesOnlyTheirPartAndMayNotCancel() {
        Caller withALine = caller("nsx-che", "PRODUCER", "htx-che");
        Caller withoutALine = caller("nsx-gom", "PRODUCER", "cty-gom");

        assertThat(OrderAccess.maySee(withALine, order)).isTrue();
        assertThat(OrderAccess.seesWholeOrder(withALine, order)).isFalse();
        assertThat(OrderAccess.mayCancel(withALine, order)).isFalse();
        assertThat(OrderAccess.maySee(withoutALine, order)).isFalse();
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
