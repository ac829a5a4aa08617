/**
 * issuer: the built-in token issuer of the local profile (JWKS and a password token endpoint for the
 * documented demo accounts). Production uses an external issuer; this refuses to run outside {@code local}.
 */
@NullMarked
package vn.ocop.fair.gateway.issuer;

import org.jspecify.annotations.NullMarked;
