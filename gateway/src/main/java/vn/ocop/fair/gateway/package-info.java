/** gateway: the single, stateless entry point that routes {@code /api/…} to the services. */
package vn.ocop.fair.gateway;
