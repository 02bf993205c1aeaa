package dev.switchboard.credential;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The real process environment. */
@ApplicationScoped
@DefaultBean
class ProcessEnvironment implements ServerEnvironment {

    @Override
    public Optional<String> get(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
