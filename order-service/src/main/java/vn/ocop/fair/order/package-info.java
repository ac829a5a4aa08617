/** order-service: customers ordering online during fairs, and the order saga with catalog. */
package vn.ocop.fair.order;
