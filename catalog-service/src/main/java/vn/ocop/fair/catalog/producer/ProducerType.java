package vn.ocop.fair.catalog.producer;

/** The kinds of OCOP producer (chủ thể), with their Vietnamese names. */
public enum ProducerType {
    COOPERATIVE("Hợp tác xã"),
    ENTERPRISE("Doanh nghiệp"),
    HOUSEHOLD("Hộ sản xuất, cơ sở sản xuất");

    private final String vietnameseLabel;

    ProducerType(String vietnameseLabel) {
        this.vietnameseLabel = vietnameseLabel;
    }

    public String vietnameseLabel() {
        return vietnameseLabel;
    }
}
