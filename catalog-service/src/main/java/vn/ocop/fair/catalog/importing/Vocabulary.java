package vn.ocop.fair.catalog.importing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.ocop.fair.catalog.producer.ProducerType;
import vn.ocop.fair.catalog.product.OcopGroup;
import vn.ocop.fair.catalog.product.SearchText;

/**
 * The words certified lists use for OCOP groups and producer types: codes, Vietnamese and English
 * names, with or without diacritics. Groups of the 2019 scheme (Decision 1048/QĐ-TTg, replaced by
 * 148/QĐ-TTg in 2023) are read too: textiles and garments and souvenirs/furniture/decoration became
 * handicrafts in the 2023 scheme, herbs and rural tourism kept their place.
 */
final class Vocabulary {

    private static final Map<String, OcopGroup> GROUPS = new HashMap<>();
    private static final Map<String, ProducerType> TYPES = new HashMap<>();

    static {
        for (OcopGroup group : OcopGroup.values()) {
            GROUPS.put(SearchText.fold(group.name()), group);
            GROUPS.put(SearchText.fold(group.vietnameseLabel()), group);
        }
        group(OcopGroup.FOOD, "Food", "Nhóm thực phẩm");
        group(OcopGroup.BEVERAGE, "Beverages", "Drinks", "Nhóm đồ uống");
        group(OcopGroup.HERBAL, "Medicinal herbs and herbal products", "Herbs", "Dược liệu", "Thảo dược");
        group(
                OcopGroup.HANDICRAFT,
                "Handicrafts",
                "Vải và may mặc",
                "Dệt may",
                "Textiles and garments",
                "Textiles",
                "Textile",
                "Lưu niệm - nội thất - trang trí",
                "Lưu niệm",
                "Souvenirs, furniture and decoration",
                "Souvenirs",
                "Souvenir");
        group(OcopGroup.ORNAMENTAL, "Ornamental plants and animals", "Ornamentals");
        group(
                OcopGroup.TOURISM,
                "Community and eco-tourism services, tourist sites",
                "Du lịch",
                "Dịch vụ du lịch cộng đồng",
                "Dịch vụ du lịch nông thôn, bán hàng",
                "Dịch vụ du lịch nông thôn");
        for (ProducerType type : ProducerType.values()) {
            TYPES.put(SearchText.fold(type.name()), type);
            TYPES.put(SearchText.fold(type.vietnameseLabel()), type);
        }
        type(ProducerType.COOPERATIVE, "HTX", "Hợp tác xã", "Tổ hợp tác", "THT");
        type(ProducerType.ENTERPRISE, "Doanh nghiệp", "DN", "Công ty", "Cty", "Company");
        type(ProducerType.HOUSEHOLD, "Hộ sản xuất", "Hộ kinh doanh", "Cơ sở sản xuất", "Cơ sở", "Hộ", "HKD");
    }

    private Vocabulary() {}

    static Optional<OcopGroup> group(String text) {
        return Optional.ofNullable(GROUPS.get(SearchText.fold(text)));
    }

    static Optional<ProducerType> producerType(String text) {
        return Optional.ofNullable(TYPES.get(SearchText.fold(text)));
    }

    /** A producer's type as its name tells: "HTX …" a cooperative, "Công ty …" an enterprise, else a household. */
    static ProducerType typeFromName(String producerName) {
        String name = SearchText.fold(producerName);
        if (name.startsWith("htx ") || name.startsWith("hop tac xa ") || name.startsWith("to hop tac ")) {
            return ProducerType.COOPERATIVE;
        }
        if (name.startsWith("cong ty ") || name.startsWith("cty ") || name.startsWith("doanh nghiep ")) {
            return ProducerType.ENTERPRISE;
        }
        return ProducerType.HOUSEHOLD;
    }

    private static void group(OcopGroup group, String... names) {
        Arrays.stream(names).forEach(n -> GROUPS.put(SearchText.fold(n), group));
    }

    private static void type(ProducerType type, String... names) {
        Arrays.stream(names).forEach(n -> TYPES.put(SearchText.fold(n), type));
    }
}
