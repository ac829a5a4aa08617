package vn.ocop.fair.catalog.fair;

import java.time.LocalDate;

/**
 * Where a product is on sale at a fair: the fair and the booth.
 *
 * @param fairName as the fair was announced, or null
 * @param startsOn the fair's first day (Asia/Ho_Chi_Minh)
 * @param endsOn the fair's last day, inclusive
 */
public record FairStand(String fairId, String boothCode, String fairName, LocalDate startsOn, LocalDate endsOn) {}
