package vn.ocop.fair.gateway.issuer;

import java.time.Duration;

/** A token was asked for while the account or the client's address is locked after wrong passwords. */
public class LoginLocked extends RuntimeException {

    private final Duration retryAfter;

    LoginLocked(Duration retryAfter) {
        super("Too many wrong passwords for this account or from this address; try again later");
        this.retryAfter = retryAfter;
    }

    /** How long the lock still lasts. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
