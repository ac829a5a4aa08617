package vn.ocop.fair.event.fair;

import org.springframework.http.HttpStatus;

/** A list request the API cannot answer (a page size over 100, a negative page…). */
public final class BadQuery extends FairProblem {

    public BadQuery(String detail) {
        super(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
    }

    /** Checks {@code page} and {@code size} as every list of the API takes them. */
    public static void checkPaging(int page, int size) {
        if (page < 0 || page > 10_000) {
            throw new BadQuery("page must be between 0 and 10000");
        }
        if (size < 1 || size > 100) {
            throw new BadQuery("size must be between 1 and 100");
        }
    }
}
