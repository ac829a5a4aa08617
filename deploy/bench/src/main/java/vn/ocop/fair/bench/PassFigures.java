package vn.ocop.fair.bench;

import java.util.ArrayList;
import java.util.List;

/** The figures of one pass (the system with a given number of stored orders). */
final class PassFigures {

    final String name;
    long storedOrders;
    long seeded;
    ClosedLoop.Result getDirect;
    ClosedLoop.Result getGateway;
    ClosedLoop.Result postDirect;
    ClosedLoop.Result postGateway;
    ClosedLoop.Result rawInsert;
    Saturation.Result saturation;
    Saga.Result saga;
    FlashSale.Result flash;
    /** What the reader should know: phases that began on a busy system, and the like. */
    final List<String> notes = new ArrayList<>();

    PassFigures(String name) {
        this.name = name;
    }
}
