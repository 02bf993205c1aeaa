package dev.switchboard.common.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a Jackson error into a detail that says where the request body is wrong. Jackson's own
 * messages quote the offending input, which may be a secret, so quoted snippets are left out.
 */
final class JsonErrorDetail {

    private JsonErrorDetail() {
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch) {
            return describeMismatch(mismatch);
        }
        return "The request body is not valid JSON: " + reason(e) + location(e.getLocation()) + ".";
    }

    /** The JSON path of the field, e.g. {@code messages[2].content}; empty for the document itself. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The field a mistyped value is at, and the type it must have; null when the body is not about one field. */
    static ProblemDetail.FieldError fieldError(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && !path(mismatch).isEmpty()) {
            return new ProblemDetail.FieldError(path(mismatch), "must be " + expected(mismatch.getTargetType()));
        }
        return null;
    }

    private static String describeMismatch(MismatchedInputException e) {
        String path = path(e);
        String expected = expected(e.getTargetType());
        if (path.isEmpty()) {
            return "The request body must be " + expected + location(e.getLocation()) + ".";
        }
        return "Field '" + path + "' must be " + expected + location(e.getLocation()) + ".";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == Long.class || type == Short.class || type == int.class
                || type == long.class || type == short.class || type == java.math.BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != void.class)) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a value of another type";
    }

    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "unreadable content" : e.getOriginalMessage();
        int cut = message.indexOf(" (start marker at");
        if (cut < 0) {
            cut = message.indexOf(" at [Source");
        }
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        message = message.replaceAll("'[^']{2,}'", "'…'").replaceAll("\\s+", " ").trim();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
