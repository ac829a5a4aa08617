/** limits: the request body size limit (413) and per-client rate limits (429), in memory or shared in Redis. */
@NullMarked
package vn.ocop.fair.gateway.limits;

import org.jspecify.annotations.NullMarked;
