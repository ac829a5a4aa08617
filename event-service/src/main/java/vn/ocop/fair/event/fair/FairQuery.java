package vn.ocop.fair.event.fair;

import java.time.LocalDate;

/**
 * What a calendar list asks for; null fields do not filter. {@code from}/{@code to} keep fairs
 * that run on at least one day of that range.
 */
public record FairQuery(
        LocalDate from, LocalDate to, FairStatus status, String province, FairKind kind, int page, int size) {}
