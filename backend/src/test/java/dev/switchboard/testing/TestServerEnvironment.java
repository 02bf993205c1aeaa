package dev.switchboard.testing;

import dev.switchboard.credential.ServerEnvironment;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server environment in {@code @QuarkusTest}s: empty unless a test sets variables, so that
 * results never depend on the machine running the build. {@link WithMockUpstream} sets the variables
 * of the providers a test points at its mock and clears them after each test; a test that sets
 * variables without it clears them after itself.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestServerEnvironment implements ServerEnvironment {

    private final Map<String, String> variables = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }

    public TestServerEnvironment set(String name, String value) {
        variables.put(name, value);
        return this;
    }

    public void clear() {
        variables.clear();
    }
}
