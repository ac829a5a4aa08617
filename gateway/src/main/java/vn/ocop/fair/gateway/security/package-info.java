/**
 * security: the gateway as an OAuth2 resource server (RS256 JWTs, roles from {@code roles}) with an
 * explicit rule per route and method, default deny; 401 and 403 as problem details.
 */
@NullMarked
package vn.ocop.fair.gateway.security;

import org.jspecify.annotations.NullMarked;
