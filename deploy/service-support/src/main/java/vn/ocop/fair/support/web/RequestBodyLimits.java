package vn.ocop.fair.support.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body a service takes ({@code ocop.web.*}), whether or not it came through the
 * gateway: {@code max-body-size} for every request, {@code max-upload-size} for the
 * {@code upload-paths} (catalog's CSV import).
 */
@ConfigurationProperties("ocop.web")
public record RequestBodyLimits(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("1MB") DataSize maxUploadSize,
        @DefaultValue List<String> uploadPaths) {

    /** The limit for a request to this path. */
    DataSize limitFor(String path) {
        return uploadPaths.contains(path) ? maxUploadSize : maxBodySize;
    }
}
