/**
 * The test harness: one way to write each kind of test.
 * <ul>
 * <li><b>Provider tests</b> ({@code @QuarkusTest}s that call the application and play a provider):
 * {@link dev.switchboard.testing.WithMockUpstream} on the class gives it a
 * {@link dev.switchboard.testing.MockUpstream} in its {@code static MockUpstream} field and points the
 * named providers ({@link dev.switchboard.testing.MockProvider}) at it before each test; the test scripts
 * the mock ({@code upstream.on(path, MockReply.sse("openai/chat-text.sse"))}), calls the application
 * with {@link dev.switchboard.testing.InvocationCalls} ({@code frames(stream(invocation("OPENAI",
 * "gpt-4o-mini", "")))}, {@code json(…)}, {@code PROBLEM}) and asserts on the
 * {@link dev.switchboard.testing.SseFrames} and on what the mock recorded. A new provider is a constant
 * in {@code MockProvider} and a class with the annotation, a {@code static MockUpstream upstream} field
 * and its tests.</li>
 * <li><b>Mapper tests</b> (plain JUnit): {@link dev.switchboard.testing.StreamFixtures} plays a fixture
 * through the client's framing and the mapper in pieces of several sizes, always ends the stream, and
 * gives the events and the failure:
 * {@code StreamFixtures.sse("gemini/text.sse", () -> new GeminiStreamMapper(…)).completed()}.</li>
 * <li>Fixture files ({@link dev.switchboard.testing.Fixtures}, {@code src/test/resources/fixtures/<provider>/})
 * are written from the providers' documented wire formats; Bedrock's binary frames are encoded from
 * {@code .jsonl} by {@link dev.switchboard.testing.EventStreamFrames}.</li>
 * <li>Persistence: every {@code @QuarkusTest} runs on one embedded PostgreSQL
 * ({@link dev.switchboard.testing.TestDatabase}).</li>
 * </ul>
 */
package dev.switchboard.testing;
