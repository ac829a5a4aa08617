package vn.ocop.fair.event;

import java.util.List;

/** One page of a list, as every list of the API answers it. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    /** Checks {@code page} and {@code size} as every list of the API takes them. */
    public static void checkPaging(int page, int size) {
        if (page < 0 || page > 10_000) {
            throw new CommonRefusals.InvalidRequest("page must be between 0 and 10000");
        }
        if (size < 1 || size > 100) {
            throw new CommonRefusals.InvalidRequest("size must be between 1 and 100");
        }
    }
}
