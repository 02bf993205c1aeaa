package dev.switchboard.prompt;

import java.util.regex.Pattern;

/** The identifier rule of prompt and tag names: scripts write them in URLs and in {@code prompt:name@tag}. */
final class PromptNames {

    static final String REGEX = "[a-z0-9][a-z0-9_-]{0,127}";
    static final String RULE = "must be 1-128 lowercase letters, digits, '_' or '-', starting with a letter or digit";
    private static final Pattern NAME = Pattern.compile(REGEX);

    private PromptNames() {
    }

    static boolean valid(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
