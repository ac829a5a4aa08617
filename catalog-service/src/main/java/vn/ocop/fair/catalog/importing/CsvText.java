package vn.ocop.fair.catalog.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The bytes of an uploaded file as text: strictly UTF-8 (a byte-order mark is allowed and dropped). */
final class CsvText {

    private CsvText() {}

    static String decode(byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new NotImportable(
                    NotImportable.Reason.NOT_UTF8, "The file is UTF-16; save it as \"CSV UTF-8\" and import it again");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new NotImportable(
                    NotImportable.Reason.NOT_UTF8,
                    "The file is not UTF-8: byte 0x%02X on line %d (offset %d) is not valid UTF-8. Save it as \"CSV UTF-8\"; legacy Vietnamese encodings (Windows-1258, TCVN3, VNI) are not accepted"
                            .formatted(bytes[at] & 0xFF, lineOf(bytes, at), at));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (text.isBlank()) {
            throw new NotImportable(NotImportable.Reason.EMPTY, "The file is empty");
        }
        return text;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
