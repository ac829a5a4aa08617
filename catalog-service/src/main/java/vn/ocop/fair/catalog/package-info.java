/** catalog-service: the OCOP product catalogue, producers, stock and reservations. */
package vn.ocop.fair.catalog;
