package vn.ocop.fair.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.fair.catalog.producer.ProducerType;
import vn.ocop.fair.catalog.product.OcopGroup;

/** How the cells of a certified list are read, and how a bad one is reported. */
class RowReaderTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-29");

    static CsvFile file(String header, String row) {
        return CsvFile.read((header + "\n" + row).getBytes(StandardCharsets.UTF_8), 10);
    }

    static Optional<ImportRow> read(String header, String row, List<RowError> errors) {
        CsvFile file = file(header, row);
        return new RowReader(file.header(), TODAY).read(file.rows().get(0), errors);
    }

    @Test
    void readsARowOfAHanoiList() {
        ImportRow row = read(
                        ImportFiles.HEADER,
                        "htx-gio-cha-uoc-le,HTX Giò chả Ước Lễ,HTX,Xã Dân Hòa,Hà Nội,Thanh Oai,Làng nghề giò chả Ước Lễ,"
                                + "Giò lụa Ước Lễ,Thực phẩm,4 sao,1521/QĐ-UBND,UBND TP Hà Nội,12/04/2024,,\"260.000 ₫\",kg",
                        new ArrayList<>())
                .orElseThrow();

        assertThat(row.row()).isEqualTo(2);
        assertThat(row.producer())
                .isEqualTo(new ProducerRow(
                        "htx-gio-cha-uoc-le",
                        "HTX Giò chả Ước Lễ",
                        ProducerType.COOPERATIVE,
                        "Xã Dân Hòa",
                        "Hà Nội",
                        "Thanh Oai",
                        "Làng nghề giò chả Ước Lễ",
                        null,
                        null));
        assertThat(row.product().group()).isEqualTo(OcopGroup.FOOD);
        assertThat(row.product().stars()).isEqualTo(4);
        assertThat(row.product().priceVnd()).isEqualTo(260_000);
        assertThat(row.product().certificate().expiresOn()).isEqualTo(LocalDate.parse("2027-04-12"));
        assertThat(row.product().description()).isNull();
        assertThat(row.naturalKey()).isEqualTo("htx-gio-cha-uoc-le|gio lua uoc le");
    }

    @ParameterizedTest
    @CsvSource({
        "FOOD, FOOD",
        "thuc pham, FOOD",
        "Đồ uống, BEVERAGE",
        "Dược liệu và sản phẩm từ dược liệu, HERBAL",
        "Thảo dược, HERBAL",
        "'Vải và may mặc', HANDICRAFT",
        "'Lưu niệm - nội thất - trang trí', HANDICRAFT",
        "Souvenir, HANDICRAFT",
        "SINH VAT CANH, ORNAMENTAL",
        "'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', TOURISM",
        "'Dịch vụ du lịch nông thôn, bán hàng', TOURISM"
    })
    void readsAGroupByCodeOrNameIncludingThe2019Groups(String text, OcopGroup group) {
        assertThat(Vocabulary.group(text)).contains(group);
    }

    @ParameterizedTest
    @CsvSource({"450000, 450000", "450.000, 450000", "'1,250,000', 1250000", "450 000 đ, 450000", "32000 VND, 32000"})
    void readsPricesInWholeDong(String text, long vnd) {
        assertThat(Cells.vnd(text)).contains(vnd);
    }

    @ParameterizedTest
    @CsvSource({"12/04/2024", "2024-04-12", "12-4-2024", "12.04.2024"})
    void readsVietnameseAndIsoDates(String text) {
        assertThat(Cells.date(text)).contains(LocalDate.parse("2024-04-12"));
    }

    @Test
    void reportsEveryBadCellWithTheColumnAsTheFileNamesIt() {
        List<RowError> errors = new ArrayList<>();

        Optional<ImportRow> row = read(
                ImportFiles.HEADER,
                "HTX Lụa,HTX Lụa Vạn Phúc,Hội,Phường Hà Đông,Hà Nội,,,Khăn lụa,Đồ gỗ,bốn,1/QĐ,UBND,31/02/2024,,450.5,chiếc",
                errors);

        assertThat(row).isEmpty();
        assertThat(errors)
                .extracting(RowError::row, RowError::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, "Mã chủ thể"),
                        org.assertj.core.groups.Tuple.tuple(2, "Loại hình"),
                        org.assertj.core.groups.Tuple.tuple(2, "Nhóm"),
                        org.assertj.core.groups.Tuple.tuple(2, "Số sao"),
                        org.assertj.core.groups.Tuple.tuple(2, "Ngày cấp"),
                        org.assertj.core.groups.Tuple.tuple(2, "Giá (VND)"));
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).isNotBlank());
    }

    @Test
    void refusesACertificateIssuedAfterTodayOrExpiringBeforeItsIssue() {
        List<RowError> errors = new ArrayList<>();

        read(
                ImportFiles.HEADER,
                "htx-a,HTX A,,Xã A,Hà Nội,,,Sản phẩm A,FOOD,4,1/QĐ,UBND,01/12/2026,01/11/2026,1000,hộp",
                errors);

        assertThat(errors).extracting(RowError::column).containsExactlyInAnyOrder("Ngày cấp", "Ngày hết hạn");
    }

    @Test
    void takesTheProducerIdFromItsNameAndItsTypeFromItsNameWhenNotGiven() {
        String header = "Tên chủ thể,Xã/Phường,Tỉnh/Thành phố,Tên sản phẩm,Nhóm,Số sao,Số quyết định,Cơ quan cấp,"
                + "Ngày cấp,Giá (VND),Đơn vị";

        ImportRow row = read(
                        header,
                        "Công ty TNHH Gốm sứ Bát Tràng,Xã Bát Tràng,Hà Nội,Bình gốm,HANDICRAFT,5,1/QĐ,UBND,2024-08-20,900000,chiếc",
                        new ArrayList<>())
                .orElseThrow();

        assertThat(row.producer().id()).isEqualTo("cong-ty-tnhh-gom-su-bat-trang");
        assertThat(row.producer().type()).isNull();
        assertThat(row.producer()
                        .toProducer(Optional.empty(), java.time.Instant.EPOCH)
                        .type())
                .isEqualTo(ProducerType.ENTERPRISE);
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsRejected() {
        List<RowError> errors = new ArrayList<>();

        read(ImportFiles.HEADER, ImportFiles.row("htx-a", "Khăn lụa, Vạn Phúc"), errors);

        assertThat(errors).anySatisfy(e -> {
            assertThat(e.column()).isNull();
            assertThat(e.message()).contains("more cells than the header");
        });
    }
}
