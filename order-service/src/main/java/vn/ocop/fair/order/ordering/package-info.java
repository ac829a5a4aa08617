/**
 * Orders: the aggregate {@link vn.ocop.fair.order.ordering.Order} with its transitions, its
 * repository {@link vn.ocop.fair.order.ordering.Orders}, the events it raises ({@code events}), and
 * what the features share (the caller, metrics, the outbox's wake-up). The features are the
 * packages below: {@code placing}, {@code lifecycle} (the saga, people's steps, the sweeper) and
 * {@code views}.
 */
@NullMarked
package vn.ocop.fair.order.ordering;

import org.jspecify.annotations.NullMarked;
