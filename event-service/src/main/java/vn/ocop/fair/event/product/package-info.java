/**
 * event-service's own copy of the catalogue, rebuilt from catalog-service's product events: what
 * exhibitor eligibility is checked against (status, stars, certificate, producer and province).
 */
@NullMarked
package vn.ocop.fair.event.product;

import org.jspecify.annotations.NullMarked;
