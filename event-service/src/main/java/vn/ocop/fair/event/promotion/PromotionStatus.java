package vn.ocop.fair.event.promotion;

public enum PromotionStatus {
    ACTIVE,
    WITHDRAWN
}
