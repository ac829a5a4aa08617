package vn.ocop.fair.catalog.importing;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ocop.fair.catalog.product.SearchText;

/**
 * The columns an import understands. A header names a column in Vietnamese or English, with or
 * without diacritics, in any case and spacing ({@code Tên sản phẩm}, {@code ten san pham},
 * {@code Product name}, {@code productName}); columns it does not know are ignored.
 */
enum Column {
    PRODUCER_ID("Mã chủ thể", "Producer id", false, "id chu the", "producerId"),
    PRODUCER_NAME("Tên chủ thể", "Producer name", true, "Chủ thể", "Chủ thể OCOP", "Producer"),
    PRODUCER_TYPE("Loại hình", "Producer type", false, "Loại hình chủ thể", "Type"),
    COMMUNE("Xã/Phường", "Commune", true, "Phường/Xã", "Xã", "Phường", "Ward", "Commune/Ward"),
    PROVINCE("Tỉnh/Thành phố", "Province", true, "Tỉnh", "Thành phố", "Tỉnh/Thành", "City", "Province/City"),
    LEGACY_DISTRICT("Quận/Huyện cũ", "Legacy district", false, "Quận/Huyện", "Huyện", "Quận", "District"),
    CRAFT_VILLAGE("Làng nghề", "Craft village", false),
    PHONE("Điện thoại", "Phone", false, "Số điện thoại"),
    EMAIL("Email", "Email", false, "Thư điện tử"),
    NAME("Tên sản phẩm", "Product name", true, "Sản phẩm", "Name", "Product"),
    DESCRIPTION("Mô tả", "Description", false),
    GROUP("Nhóm", "Group", true, "Nhóm sản phẩm", "Bộ sản phẩm", "OCOP group", "Product group"),
    STARS("Số sao", "Stars", true, "Hạng sao", "Sao", "Star rating", "Rating"),
    DECISION_NUMBER("Số quyết định", "Decision number", true, "Quyết định", "Số QĐ", "Decision"),
    ISSUING_BODY("Cơ quan cấp", "Issuing body", true, "Cơ quan ban hành", "Issued by"),
    ISSUED_ON("Ngày cấp", "Issued on", true, "Ngày quyết định", "Issue date", "Date issued"),
    EXPIRES_ON("Ngày hết hạn", "Expires on", false, "Hết hạn", "Expiry date", "Expires"),
    PRICE("Giá (VND)", "Price (VND)", true, "Giá", "Giá bán", "Price", "priceVnd"),
    UNIT("Đơn vị", "Unit", true, "Đơn vị tính", "ĐVT"),
    IMAGES("Ảnh", "Images", false, "Hình ảnh", "Image", "Image URLs");

    private final String vietnamese;
    private final String english;
    private final boolean required;
    private final Set<String> keys;

    Column(String vietnamese, String english, boolean required, String... aliases) {
        this.vietnamese = vietnamese;
        this.english = english;
        this.required = required;
        this.keys = Stream.concat(Stream.of(vietnamese, english), Arrays.stream(aliases))
                .map(Column::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    static Optional<Column> named(String header) {
        String key = key(header);
        return Arrays.stream(values()).filter(c -> c.keys.contains(key)).findFirst();
    }

    /** Header text folded: no case, no diacritics, no spaces or punctuation. */
    static String key(String header) {
        return SearchText.fold(header).replace(" ", "");
    }

    boolean required() {
        return required;
    }

    /** How the documentation and the problem details name it: {@code Số sao (Stars)}. */
    String label() {
        return vietnamese + " (" + english + ")";
    }
}
