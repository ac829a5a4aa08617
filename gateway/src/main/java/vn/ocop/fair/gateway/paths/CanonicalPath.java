package vn.ocop.fair.gateway.paths;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import vn.ocop.fair.gateway.web.Problems;

/**
 * The path a request is about, as security, routing and the services read it: percent-decoded once.
 * The raw request URI is never what a decision may be keyed on: {@code /%61pi/orders} is {@code
 * /api/orders} to everyone else. Paths with more than one reading are refused instead of guessed at
 * ({@link Ambiguous}): an encoded percent (double encoding, {@code %2561}), an encoded slash or
 * backslash, path parameters ({@code ;}), empty segments ({@code //}), dot segments ({@code /./},
 * {@code /../}, also encoded) and control characters. Letter case is kept: routes and rules are case
 * sensitive, so {@code /API/orders} is simply no route (denied by the catch-all rule).
 */
public final class CanonicalPath {

    private static final String ATTRIBUTE = CanonicalPath.class.getName();

    private CanonicalPath() {}

    /** The request's canonical path (computed once per request). */
    public static String of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String known) {
            return known;
        }
        String path = canonical(request.getRequestURI());
        request.setAttribute(ATTRIBUTE, path);
        return path;
    }

    /** The decoded form of a raw path, without a trailing slash (other than the root's). */
    static String canonical(String raw) {
        if (raw.isEmpty() || raw.charAt(0) != '/') {
            throw new Ambiguous("it does not start with /");
        }
        if (raw.indexOf(';') >= 0) {
            throw new Ambiguous("path parameters (;) are not accepted");
        }
        String decoded = decode(raw);
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < ' ' || c == 0x7f || c == '\\' || c == '%' || c == ';') {
                throw new Ambiguous("it contains an encoded control character, backslash, percent or semicolon");
            }
        }
        if (decoded.contains("//")) {
            throw new Ambiguous("it has an empty segment (//)");
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new Ambiguous("it has a dot segment (/./ or /../)");
            }
        }
        return decoded.length() > 1 && decoded.endsWith("/") ? decoded.substring(0, decoded.length() - 1) : decoded;
    }

    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                if (c > 0x7f) {
                    throw new Ambiguous("it contains a character that is not percent-encoded");
                }
                bytes.write(c);
                continue;
            }
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
            if (low < 0) {
                throw new Ambiguous("it has a malformed percent-encoding");
            }
            int b = high * 16 + low;
            if (b == '/') {
                throw new Ambiguous("it has an encoded slash (%2F)");
            }
            bytes.write(b);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Ambiguous("its percent-encoding is not UTF-8");
        }
    }

    /** A path with more than one reading: answered 400 {@code ambiguous-path}, never routed. */
    public static final class Ambiguous extends RuntimeException {

        Ambiguous(String reason) {
            super("The request path is refused because " + reason);
        }

        /** The 400 problem for this path. */
        public ProblemDetail problem() {
            return Problems.problem(HttpStatus.BAD_REQUEST, "ambiguous-path", "Ambiguous request path", getMessage());
        }
    }
}
