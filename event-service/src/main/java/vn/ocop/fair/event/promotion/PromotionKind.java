package vn.ocop.fair.event.promotion;

public enum PromotionKind {
    PERCENTAGE,
    FIXED_AMOUNT,
    VOUCHER,
    FLASH_DEAL
}
