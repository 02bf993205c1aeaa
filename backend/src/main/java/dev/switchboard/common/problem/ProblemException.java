package dev.switchboard.common.problem;

import java.util.List;

/**
 * Thrown by features to answer with a problem. The detail must be safe to show: never a secret
 * value, a class name or a stack trace.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<ProblemDetail.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    /** A problem that lists every invalid part of the request, so that the client can fix all at once. */
    public ProblemException(ProblemType type, String detail, List<ProblemDetail.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    /** The invalid fields, or null when the problem is not about fields. */
    public List<ProblemDetail.FieldError> errors() {
        return errors;
    }

    /**
     * The problem to answer with, about the request at {@code instance}. Subclasses that know more
     * (the provider, its status, Retry-After) override this; the mappers and the invocation stream's
     * {@code error} event both go through it.
     */
    public ProblemDetail problem(String instance) {
        return ProblemDetail.of(type, detail(), instance).withErrors(errors);
    }

    /** A validation problem (422) listing every invalid field, sorted by field. */
    public static ProblemException invalid(List<ProblemDetail.FieldError> errors) {
        List<ProblemDetail.FieldError> sorted = errors.stream()
                .sorted(java.util.Comparator.comparing(ProblemDetail.FieldError::field)).toList();
        String fields = String.join(", ", sorted.stream().map(ProblemDetail.FieldError::field).distinct().toList());
        return new ProblemException(ProblemType.VALIDATION, "Invalid fields: " + fields + ".", sorted);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }
}
