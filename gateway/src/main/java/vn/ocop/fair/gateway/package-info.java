/**
 * gateway: the single, stateless entry point that routes {@code /api/…} to the services, checks tokens
 * and roles, limits bodies and request rates, and keeps a failing service from hanging its clients.
 */
@NullMarked
package vn.ocop.fair.gateway;

import org.jspecify.annotations.NullMarked;
