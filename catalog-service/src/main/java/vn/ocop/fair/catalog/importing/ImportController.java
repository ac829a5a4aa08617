package vn.ocop.fair.catalog.importing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ocop.fair.catalog.CatalogProperties;
import vn.ocop.fair.support.security.Caller;

/**
 * {@code POST /api/catalog/imports?dryRun=true|false}: a certified-product list as CSV, either the
 * request body ({@code Content-Type: text/csv}) or the {@code file} part of a form upload.
 */
@RestController
@RequestMapping("/api/catalog/imports")
class ImportController {

    static final String TEXT_CSV = "text/csv";

    private final CatalogImport imports;
    private final long maxBytes;

    ImportController(CatalogImport imports, CatalogProperties properties) {
        this.imports = imports;
        this.maxBytes = properties.importing().maxSize().toBytes();
    }

    @PostMapping(consumes = TEXT_CSV)
    ImportReport importBody(
            @RequestParam(defaultValue = "false") boolean dryRun,
            HttpServletRequest request,
            @AuthenticationPrincipal Jwt token)
            throws IOException {
        requireUtf8(declaredCharset(request.getHeader(HttpHeaders.CONTENT_TYPE)));
        return imports.run(read(request.getInputStream()), dryRun, Caller.of(token));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importFile(
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestPart("file") MultipartFile file,
            @AuthenticationPrincipal Jwt token)
            throws IOException {
        requireUtf8(declaredCharset(file.getContentType()));
        try (InputStream in = file.getInputStream()) {
            return imports.run(read(in), dryRun, Caller.of(token));
        }
    }

    /** The whole body, up to the limit; a larger one is drained (up to the limit again) and refused. */
    private byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            drain(in);
            throw new NotImportable(
                    NotImportable.Reason.TOO_LARGE,
                    "The file is larger than " + maxBytes + " bytes; split it and import the parts");
        }
        return bytes;
    }

    /** Reads on past the limit (as far again) so that the client gets the answer rather than a reset connection. */
    private void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = maxBytes;
        int read;
        while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= read;
        }
    }

    /** The charset the Content-Type names, as sent (the request's own encoding is forced to UTF-8). */
    private static Optional<String> declaredCharset(String contentType) {
        return Optional.ofNullable(contentType)
                .map(MediaType::parseMediaType)
                .map(type -> type.getParameter("charset"))
                .map(charset -> charset.replace("\"", ""));
    }

    private static void requireUtf8(Optional<String> declared) {
        declared.filter(name -> !name.equalsIgnoreCase(StandardCharsets.UTF_8.name())
                        && !name.equalsIgnoreCase(StandardCharsets.US_ASCII.name()))
                .ifPresent(name -> {
                    throw new NotImportable(
                            NotImportable.Reason.NOT_UTF8,
                            "The file is declared as " + name + "; only UTF-8 is accepted: save it as \"CSV UTF-8\"");
                });
    }
}
