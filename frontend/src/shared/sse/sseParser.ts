/**
 * An incremental `text/event-stream` parser following the WHATWG rules
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation):
 * lines end with CRLF, LF or CR (also when the CR and LF arrive in different reads), bytes are
 * decoded as UTF-8 across read boundaries, comments and unknown fields are ignored, `data` lines
 * are joined with LF, and a blank line dispatches the event. An event still open when the stream
 * ends is discarded, as the specification says.
 */

export interface SseMessage {
  /** The `event:` field; `message` when the event named none. */
  readonly event: string;
  readonly data: string;
  /** The last event ID seen so far (empty when none). */
  readonly id: string;
}

/** A line longer than this (without its line ending) is a broken stream, not a big event. */
export const MAX_LINE_LENGTH = 8 * 1024 * 1024;

export class SseParser {
  private readonly decoder = new TextDecoder('utf-8');
  private line = '';
  private skipLeadingLf = false;
  private atStart = true;
  private eventType = '';
  private dataLines: string[] = [];
  private hasData = false;
  private lastEventId = '';

  /** Feeds raw bytes; returns the events completed by them. */
  push(bytes: Uint8Array): SseMessage[] {
    return this.feed(this.decoder.decode(bytes, { stream: true }));
  }

  /** Ends the stream: flushes the decoder and returns any event completed by the last bytes. */
  end(): SseMessage[] {
    const events = this.feed(this.decoder.decode());
    this.line = '';
    this.resetEvent();
    return events;
  }

  private feed(text: string): SseMessage[] {
    const events: SseMessage[] = [];
    let start = 0;
    if (this.atStart && text.length > 0) {
      this.atStart = false;
      if (text.charCodeAt(0) === 0xfeff) start = 1;
    }
    if (this.skipLeadingLf && start < text.length) {
      this.skipLeadingLf = false;
      if (text[start] === '\n') start += 1;
    }
    let index = start;
    while (index < text.length) {
      const char = text[index];
      if (char === '\r' || char === '\n') {
        this.line += text.slice(start, index);
        const event = this.processLine(this.line);
        if (event) events.push(event);
        this.line = '';
        if (char === '\r') {
          if (index + 1 < text.length) {
            if (text[index + 1] === '\n') index += 1;
          } else {
            this.skipLeadingLf = true;
          }
        }
        index += 1;
        start = index;
      } else {
        index += 1;
      }
    }
    this.line += text.slice(start);
    if (this.line.length > MAX_LINE_LENGTH) {
      throw new Error(`An event-stream line is longer than ${MAX_LINE_LENGTH} characters.`);
    }
    return events;
  }

  private processLine(line: string): SseMessage | null {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.eventType = value;
        break;
      case 'data':
        this.dataLines.push(value);
        this.hasData = true;
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      default:
        // `retry` only matters to EventSource reconnection; other fields are ignored.
        break;
    }
    return null;
  }

  private dispatch(): SseMessage | null {
    if (!this.hasData) {
      this.resetEvent();
      return null;
    }
    const message: SseMessage = {
      event: this.eventType || 'message',
      data: this.dataLines.join('\n'),
      id: this.lastEventId,
    };
    this.resetEvent();
    return message;
  }

  private resetEvent() {
    this.eventType = '';
    this.dataLines = [];
    this.hasData = false;
  }
}

/**
 * Reads a response body as server-sent events. Stopping the iteration early (or an abort of the
 * fetch the body belongs to) cancels the body, which closes the connection.
 */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage, void, undefined> {
  const reader = body.getReader();
  const parser = new SseParser();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        yield* parser.end();
        return;
      }
      yield* parser.push(value);
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
