package vn.ocop.fair.catalog.product;

/** The six OCOP product groups of the 2023 scheme (Decision 148/QĐ-TTg): a stable code, a Vietnamese label. */
public enum OcopGroup {
    FOOD("Thực phẩm"),
    BEVERAGE("Đồ uống"),
    HERBAL("Dược liệu và sản phẩm từ dược liệu"),
    HANDICRAFT("Thủ công mỹ nghệ"),
    ORNAMENTAL("Sinh vật cảnh"),
    TOURISM("Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch");

    private final String vietnameseLabel;

    OcopGroup(String vietnameseLabel) {
        this.vietnameseLabel = vietnameseLabel;
    }

    public String vietnameseLabel() {
        return vietnameseLabel;
    }
}
