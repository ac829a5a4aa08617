package vn.ocop.fair.catalog.importing;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.ocop.fair.support.web.RefusedRequest;

/** A file the import cannot read at all; each reason has its own status and problem type. */
public class NotImportable extends RefusedRequest {

    public enum Reason {
        NOT_UTF8(HttpStatus.BAD_REQUEST, "csv-not-utf8", "The file is not UTF-8"),
        EMPTY(HttpStatus.BAD_REQUEST, "csv-empty", "The file has no product rows"),
        MALFORMED(HttpStatus.BAD_REQUEST, "csv-malformed", "The file is not well-formed CSV"),
        TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "csv-too-large", "The file is too large"),
        MISSING_COLUMNS(HttpStatus.UNPROCESSABLE_CONTENT, "csv-missing-columns", "Required columns are missing"),
        DUPLICATE_COLUMNS(HttpStatus.UNPROCESSABLE_CONTENT, "csv-duplicate-columns", "A column appears twice");

        private final HttpStatus status;
        private final String problemType;
        private final String title;

        Reason(HttpStatus status, String problemType, String title) {
            this.status = status;
            this.problemType = problemType;
            this.title = title;
        }
    }

    private final Reason reason;
    private final Map<String, Object> properties;

    NotImportable(Reason reason, String message) {
        this(reason, message, Map.of());
    }

    NotImportable(Reason reason, String message, Map<String, Object> properties) {
        super(reason.status, reason.problemType, reason.title, message);
        this.reason = reason;
        this.properties = Map.copyOf(properties);
    }

    /** A multipart upload over the largest the service takes, refused before the import reads it. */
    public static NotImportable uploadTooLarge(long maxBytes) {
        return new NotImportable(
                Reason.TOO_LARGE,
                "The upload is larger than " + maxBytes + " bytes; split the file and import the parts");
    }

    static NotImportable missingColumns(List<String> missing, List<String> accepted) {
        return new NotImportable(
                Reason.MISSING_COLUMNS,
                "The header lacks " + missing.size() + " required column(s): " + String.join(", ", missing),
                Map.of("missingColumns", missing, "requiredColumns", accepted));
    }

    public Reason reason() {
        return reason;
    }

    /** Extra members of the problem details, e.g. the missing columns. */
    @Override
    public Map<String, Object> properties() {
        return properties;
    }
}
