package vn.ocop.fair.order.fair;

import vn.ocop.fair.order.pricing.PromotionTerms;

/** A promotion of the read model with event-service's version of it. */
record StoredPromotion(PromotionTerms terms, long version) {}
