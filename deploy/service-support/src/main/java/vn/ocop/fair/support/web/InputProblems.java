package vn.ocop.fair.support.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with a request's input in the client's terms: the field and the values or the
 * kind of value it accepts, never the Java type behind it.
 */
final class InputProblems {

    /** A fully qualified Java name, with or without Jackson's back-ticks. */
    private static final Pattern JAVA_NAME =
            Pattern.compile("`?\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*(?:<[^>]*>)?(?:\\[])?`?");

    private static final int MAX_ECHO = 60;

    private InputProblems() {}

    /** What an unreadable JSON body gets as its problem detail. */
    static String unreadableBody(JacksonException e) {
        String at = path(e);
        if (e instanceof UnrecognizedPropertyException) {
            return "The request body has an unknown field " + at;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String got = e instanceof InvalidFormatException invalid && invalid.getValue() != null
                    ? ", not " + echo(invalid.getValue())
                    : "";
            return (at.isEmpty() ? "The request body" : at) + " must be " + expected(mismatch.getTargetType()) + got;
        }
        if (e instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
            return (at.isEmpty() ? "A number" : at) + " must be " + expected(coercion.getTargetType());
        }
        String why = withoutJavaNames(String.valueOf(e.getOriginalMessage()));
        if (e instanceof StreamReadException) {
            return "The request body is not valid JSON" + (at.isEmpty() ? "" : " at " + at) + ": " + why;
        }
        return "The request body cannot be read" + (at.isEmpty() ? "" : " at " + at) + ": " + why;
    }

    /** The accepted values of a parameter or field of type {@code type}, e.g. "one of FOOD, BEVERAGE". */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Short.class || type == short.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date like 2026-05-21";
        }
        if (type == LocalTime.class) {
            return "a time like 08:00";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an instant with its offset, like 2026-05-21T01:00:00Z";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "an object";
        }
        return "a valid value";
    }

    /** {@code text} with every fully qualified Java name taken out. */
    static String withoutJavaNames(String text) {
        return JAVA_NAME.matcher(text).replaceAll("value").replace("`", "");
    }

    /** A value the client sent, shortened, quoted, fit to be repeated in a detail. */
    static String echo(Object value) {
        String text = String.valueOf(value);
        return "\"" + (text.length() > MAX_ECHO ? text.substring(0, MAX_ECHO) + "…" : text) + "\"";
    }

    /** The first JSON error in {@code failure}'s causes, or null (the body was not JSON at all). */
    static JacksonException jsonCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
