package dev.switchboard.upstream.http;

/**
 * One dispatched server-sent event.
 *
 * @param event the {@code event:} field, or {@code "message"} when the event named none (as EventSource does)
 * @param data  the {@code data:} lines joined with {@code "\n"}; never empty (such events are not dispatched)
 * @param id    the last event id seen on the stream so far, {@code ""} if none; ids persist across events
 */
public record SseEvent(String event, String data, String id) {
}
