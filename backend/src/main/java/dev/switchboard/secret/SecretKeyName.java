package dev.switchboard.secret;

/** The rule for a secret's key: an environment-variable name such as {@code OPENAI_API_KEY}. */
final class SecretKeyName {

    static final int MAX_LENGTH = 128;
    /** Bean-validation form (whole-string match): a letter or underscore, then letters, digits, underscores. */
    static final String REGEX = "[A-Za-z_][A-Za-z0-9_]{0," + (MAX_LENGTH - 1) + "}";
    static final String RULE = "must be an environment-variable name: a letter or underscore, then letters, digits"
            + " or underscores ([A-Za-z_][A-Za-z0-9_]*), at most " + MAX_LENGTH + " characters";
    /** Longest value accepted, in characters. */
    static final int MAX_VALUE_LENGTH = 65_536;

    private SecretKeyName() {
    }
}
