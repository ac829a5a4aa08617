package vn.ocop.fair.order.ordering.views;

/** Paging out of range: page from 0, size 1 to 100. */
public class InvalidPage extends RuntimeException {

    InvalidPage() {
        super("page is 0 to " + OrderViewController.MAX_PAGE + " and size is 1 to 100");
    }
}
