package vn.ocop.fair.event.application;

import java.util.List;

/** One page of a list, as every list of the API answers it. */
record PageView<T>(List<T> items, int page, int size, long total) {}
