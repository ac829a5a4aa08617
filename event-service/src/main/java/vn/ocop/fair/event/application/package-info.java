/**
 * Exhibitor applications: producers apply with products and booth preferences, eligibility is
 * checked against the catalogue's product snapshots, organisers approve, reject or waitlist, booths
 * are assigned to approved applications, and a released booth is offered to the waitlist in order.
 */
@NullMarked
package vn.ocop.fair.event.application;

import org.jspecify.annotations.NullMarked;
