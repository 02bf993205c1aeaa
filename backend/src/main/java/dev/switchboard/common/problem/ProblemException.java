package dev.switchboard.common.problem;

/**
 * Thrown by features to answer with a problem. The detail must be safe to show: never a secret
 * value, a class name or a stack trace.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;

    public ProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    /**
     * The problem to answer with, about the request at {@code instance}. Subclasses that know more
     * (the provider, its status, Retry-After) override this; the mappers and the invocation stream's
     * {@code error} event both go through it.
     */
    public ProblemDetail problem(String instance) {
        return ProblemDetail.of(type, detail(), instance);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }
}
