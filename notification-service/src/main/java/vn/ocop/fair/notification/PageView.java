package vn.ocop.fair.notification;

import java.util.List;

/** One page of a list, as every list of the API answers it. */
public record PageView<T>(List<T> items, int page, int size, long total) {}
