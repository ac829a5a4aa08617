package vn.ocop.fair.order.ordering.views;

/**
 * An order as the caller may see it: the whole {@link OrderView} (its customer, organisers,
 * operators) or a producer's part of it ({@link OrderView.ProducerLines}).
 */
sealed interface VisibleOrder permits OrderView, OrderView.ProducerLines {}
