/**
 * tokens: every resource server of the system (the gateway and the four services) decodes each
 * distinct bearer token once and remembers it while it is valid ({@link RememberedTokens}).
 */
@NullMarked
package vn.ocop.fair.tokens;

import org.jspecify.annotations.NullMarked;
