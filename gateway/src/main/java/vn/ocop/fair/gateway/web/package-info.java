/** web: the gateway's one problem-details advice, the circuit-breaker fallback, and problem writing for filters. */
@NullMarked
package vn.ocop.fair.gateway.web;

import org.jspecify.annotations.NullMarked;
