package vn.ocop.fair.event.fair;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Fairs for the domain's unit tests. */
public final class TestPlans {

    private TestPlans() {}

    /** A trade week in Hanoi, 08:00–22:00 daily from {@code startsOn} through {@code endsOn}. */
    public static FairPlan tradeWeek(LocalDate startsOn, LocalDate endsOn) {
        return new FairPlan(
                "Tuần hàng OCOP Hà Nội",
                FairKind.TRADE_WEEK,
                "Làng nghề Hà Nội",
                new Venue("Công viên Văn hóa Đống Đa", "Số 1 Tây Sơn", "Phường Đống Đa", "Hà Nội"),
                startsOn,
                endsOn,
                LocalTime.of(8, 0),
                LocalTime.of(22, 0),
                new EntryRules(3, List.of(), 2, 50));
    }

    public static Fair fair(FairStatus status, FairPlan plan) {
        return new Fair("f-1", plan, status, "so-nong-nghiep-ha-noi", 3, null);
    }
}
