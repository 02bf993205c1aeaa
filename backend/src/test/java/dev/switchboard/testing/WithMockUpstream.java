package dev.switchboard.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives the test class one {@link MockUpstream} for all its tests, through {@link MockUpstreamExtension}:
 * started before the first test, put into the class's {@code static MockUpstream} field, and closed
 * after the last. Before each test the server environment ({@link TestServerEnvironment}) points the
 * providers named in {@link #pointAt()} at the mock, with their test credentials; after each test the
 * environment is cleared and the mock's scripts and recorded requests are forgotten.
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithMockUpstream(pointAt = MockProvider.ANTHROPIC)
 * class AnthropicInvocationTest {
 *
 *     static MockUpstream upstream;
 *
 *     @Test
 *     void streamsText() {
 *         upstream.on("/v1/messages", MockReply.sse("anthropic/text.sse"));
 *         SseFrames frames = frames(stream(invocation("ANTHROPIC", "claude-sonnet-4-5", "")));
 *         ...
 * }</pre>
 *
 * A test that needs another environment changes it through an injected {@link TestServerEnvironment}
 * (say, {@code environment.clear()} and set only the base URL); the harness clears it afterwards. Adds
 * no Quarkus restart: it is a JUnit extension, not a test resource or profile. Also usable in plain
 * JUnit tests that only want the server ({@code pointAt} empty), e.g. with {@link #tls()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MockUpstreamExtension.class)
public @interface WithMockUpstream {

    /** The providers pointed at the mock before each test; needs a running Quarkus application. */
    MockProvider[] pointAt() default {};

    /** Serve HTTPS with a self-signed certificate ({@link MockUpstream#startTls()}). */
    boolean tls() default false;
}
