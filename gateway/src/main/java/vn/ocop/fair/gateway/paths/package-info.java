/**
 * paths: the one decoded, normalised form of a request's path that the limits key on, and the 400 for
 * paths that have more than one reading (double encoding, path parameters, empty or dot segments).
 */
@NullMarked
package vn.ocop.fair.gateway.paths;

import org.jspecify.annotations.NullMarked;
