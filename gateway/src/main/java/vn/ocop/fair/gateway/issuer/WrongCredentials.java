package vn.ocop.fair.gateway.issuer;

/** A token was asked for with an unknown user name or a wrong password. */
public class WrongCredentials extends RuntimeException {

    WrongCredentials() {
        super("Unknown user name or wrong password");
    }
}
