package dev.switchboard.credential;

import java.util.Optional;

/** The server's environment variables, behind an interface so that tests can set them. */
public interface ServerEnvironment {

    /** The variable's value; blank counts as unset. */
    Optional<String> get(String name);

    default boolean has(String name) {
        return get(name).isPresent();
    }
}
