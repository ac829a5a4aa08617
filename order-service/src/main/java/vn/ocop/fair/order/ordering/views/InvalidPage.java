package vn.ocop.fair.order.ordering.views;

import vn.ocop.fair.support.web.RefusedRequest.BadRequest;

/** Paging out of range: page from 0, size 1 to 100. */
public class InvalidPage extends BadRequest {

    InvalidPage() {
        super(
                "invalid-page",
                "Invalid paging",
                "page is 0 to " + OrderViewController.MAX_PAGE + " and size is 1 to 100");
    }
}
