package vn.ocop.fair.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void readsQuotedCellsWithSeparatorsLineBreaksAndDoubledQuotes() {
        List<CsvRecord> records =
                CsvRecords.parse("a,b,c\r\n\"Giỏ, mây\",\"dòng 1\ndòng 2\",\"nón \"\"Chuông\"\"\"\r\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).cells()).containsExactly("Giỏ, mây", "dòng 1\ndòng 2", "nón \"Chuông\"");
        assertThat(records.get(1).row()).isEqualTo(2);
    }

    @Test
    void numbersRowsAsASpreadsheetDoesCountingBlankLines() {
        List<CsvRecord> records = CsvRecords.parse("a,b\n1,2\n\n3,4");

        assertThat(records).extracting(CsvRecord::row).containsExactly(1, 2, 3, 4);
        assertThat(records.get(2).isBlank()).isTrue();
        assertThat(records.get(3).cells()).containsExactly("3", "4");
    }

    @Test
    void takesTheSeparatorTheHeaderUses() {
        assertThat(CsvRecords.separatorOf("Tên sản phẩm;Nhóm;\"Giá, VND\"\n1,2;3"))
                .isEqualTo(';');
        assertThat(CsvRecords.separatorOf("a\tb\tc")).isEqualTo('\t');
        assertThat(CsvRecords.separatorOf("a,b;c,d")).isEqualTo(',');
        assertThat(CsvRecords.parse("a;b\n1,5;2").get(1).cells()).containsExactly("1,5", "2");
    }

    @Test
    void refusesAQuotedCellThatIsNeverClosed() {
        assertThatThrownBy(() -> CsvRecords.parse("a,b\n1,2\n\"open,3\n4,5"))
                .isInstanceOfSatisfying(
                        NotImportable.class, e -> assertThat(e.reason()).isEqualTo(NotImportable.Reason.MALFORMED))
                .hasMessageContaining("row 3");
    }
}
