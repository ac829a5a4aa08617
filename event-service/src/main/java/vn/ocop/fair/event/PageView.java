package vn.ocop.fair.event;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /** Checks the paging, then answers that page of the whole list {@code all} supplies. */
    public static <T> PageView<T> of(int page, int size, Supplier<List<T>> all) {
        checkPaging(page, size);
        List<T> list = all.get();
        return new PageView<>(list.stream().skip((long) page * size).limit(size).toList(), page, size, list.size());
    }

    /** The same page with each item shown as {@code view} shows it. */
    public <R> PageView<R> map(Function<T, R> view) {
        return new PageView<>(items.stream().map(view).toList(), page, size, total);
    }
}
