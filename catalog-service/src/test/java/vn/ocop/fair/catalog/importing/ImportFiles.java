package vn.ocop.fair.catalog.importing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** Certified-product lists for tests, in the shape Hanoi's lists come in (Vietnamese headers, dd/MM/yyyy). */
final class ImportFiles {

    static final String HEADER = "Mã chủ thể,Tên chủ thể,Loại hình,Xã/Phường,Tỉnh/Thành phố,Quận/Huyện cũ,Làng nghề,"
            + "Tên sản phẩm,Nhóm,Số sao,Số quyết định,Cơ quan cấp,Ngày cấp,Ngày hết hạn,Giá (VND),Đơn vị";
    static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ImportFiles() {}

    /** A producer id no other test uses. */
    static String uniqueProducer(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String row(String producerId, String product, String group, int stars, LocalDate issuedOn, long priceVnd) {
        return String.join(
                ",",
                producerId,
                "HTX " + producerId,
                "Hợp tác xã",
                "Xã Bát Tràng",
                "Hà Nội",
                "Gia Lâm",
                "Làng gốm Bát Tràng",
                product,
                group,
                String.valueOf(stars),
                "3126/QĐ-UBND",
                "UBND TP Hà Nội",
                issuedOn.format(VIETNAMESE_DATE),
                "",
                String.valueOf(priceVnd),
                "chiếc");
    }

    static String row(String producerId, String product) {
        return row(producerId, product, "Thủ công mỹ nghệ", 4, LocalDate.now().minusMonths(8), 450_000);
    }

    static byte[] file(List<String> rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] file(String... rows) {
        return file(List.of(rows));
    }
}
