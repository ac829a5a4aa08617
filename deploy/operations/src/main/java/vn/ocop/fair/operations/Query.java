package vn.ocop.fair.operations;

/**
 * One PromQL expression operators depend on.
 *
 * @param source the file it is in
 * @param title the panel's title, or the alert or recording rule's name
 * @param expression as written (dashboard variables included)
 */
public record Query(String source, String title, String expression) {

    @Override
    public String toString() {
        return source + " / " + title;
    }
}
