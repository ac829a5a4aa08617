package vn.ocop.fair.notification.webhook;

import java.net.UnknownHostException;

/**
 * A host name that resolved, at the time of a call, to an address webhooks must not reach: raised
 * from the HTTP client's resolver, so the client never connects.
 */
class AddressNotAllowed extends UnknownHostException {

    AddressNotAllowed(String reason) {
        super(reason);
    }
}
