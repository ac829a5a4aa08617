package vn.ocop.fair.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Whether a file can be read at all: encoding, header, size. */
class CsvFileTest {

    static final String ROW = ImportFiles.row("htx-lua-van-phuc", "Khăn lụa Vạn Phúc");

    @Test
    void readsAUtf8FileWithAByteOrderMarkAsExcelSavesIt() {
        byte[] withBom = ("\uFEFF" + ImportFiles.HEADER + "\n" + ROW).getBytes(StandardCharsets.UTF_8);

        CsvFile file = CsvFile.read(withBom, 10);

        assertThat(file.rows()).hasSize(1);
        assertThat(file.header().cell(file.rows().get(0), Column.PRODUCER_ID)).isEqualTo("htx-lua-van-phuc");
    }

    @Test
    void refusesALegacyEncodingSayingWhereAndWhatToDo() {
        byte[] latin = (ImportFiles.HEADER + "\n" + ROW).getBytes(Charset.forName("windows-1258"));

        assertThatThrownBy(() -> CsvFile.read(latin, 10))
                .isInstanceOfSatisfying(
                        NotImportable.class, e -> assertThat(e.reason()).isEqualTo(NotImportable.Reason.NOT_UTF8))
                .hasMessageContaining("line 1")
                .hasMessageContaining("CSV UTF-8");
    }

    @Test
    void refusesUtf16() {
        byte[] utf16 = (ImportFiles.HEADER + "\n" + ROW).getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);

        assertThatThrownBy(() -> CsvFile.read(withBom, 10)).hasMessageContaining("UTF-16");
    }

    @Test
    void refusesAnEmptyFileAndOneWithOnlyAHeader() {
        for (String text : new String[] {"", "\n \n", ImportFiles.HEADER + "\n,,,\n"}) {
            assertThatThrownBy(() -> CsvFile.read(text.getBytes(StandardCharsets.UTF_8), 10))
                    .isInstanceOfSatisfying(
                            NotImportable.class, e -> assertThat(e.reason()).isEqualTo(NotImportable.Reason.EMPTY));
        }
    }

    @Test
    void namesEveryMissingRequiredColumn() {
        String header = ImportFiles.HEADER.replace(",Số sao", "").replace(",Đơn vị", "");

        assertThatThrownBy(() -> CsvFile.read((header + "\n" + ROW).getBytes(StandardCharsets.UTF_8), 10))
                .isInstanceOfSatisfying(NotImportable.class, e -> {
                    assertThat(e.reason()).isEqualTo(NotImportable.Reason.MISSING_COLUMNS);
                    assertThat(e.properties().get("missingColumns"))
                            .asList()
                            .containsExactly("Số sao (Stars)", "Đơn vị (Unit)");
                });
    }

    @Test
    void refusesTwoColumnsThatMeanTheSame() {
        String header = ImportFiles.HEADER + ",Giá bán";

        assertThatThrownBy(() -> CsvFile.read((header + "\n" + ROW).getBytes(StandardCharsets.UTF_8), 10))
                .isInstanceOfSatisfying(
                        NotImportable.class,
                        e -> assertThat(e.reason()).isEqualTo(NotImportable.Reason.DUPLICATE_COLUMNS))
                .hasMessageContaining("Giá (VND)")
                .hasMessageContaining("Giá bán");
    }

    @Test
    void acceptsEnglishUnaccentedAndCamelCaseHeadersAndIgnoresUnknownOnes() {
        String header = "STT,producerId,Producer name,commune,PROVINCE,product name,group,STARS,so quyet dinh,"
                + "Issuing body,Issued on,priceVnd,don vi tinh,Điểm";

        CsvFile file = CsvFile.read((header + "\n1,x\n").getBytes(StandardCharsets.UTF_8), 10);

        assertThat(file.header().ignored()).containsExactly("STT", "Điểm");
        assertThat(file.header().nameOf(Column.PRICE)).isEqualTo("priceVnd");
        assertThat(file.header().has(Column.LEGACY_DISTRICT)).isFalse();
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        assertThatThrownBy(() -> CsvFile.read(ImportFiles.file(ROW, ROW, ROW), 2))
                .isInstanceOfSatisfying(
                        NotImportable.class, e -> assertThat(e.reason()).isEqualTo(NotImportable.Reason.TOO_LARGE));
    }
}
