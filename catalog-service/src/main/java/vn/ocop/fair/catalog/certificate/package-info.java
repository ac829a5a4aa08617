/** The daily certificate watch: expiry notices at 90 and 30 days, and delisting when a certificate lapses. */
@NullMarked
package vn.ocop.fair.catalog.certificate;

import org.jspecify.annotations.NullMarked;
