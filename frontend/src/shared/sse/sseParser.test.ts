// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SseParser, readSse, type SseMessage } from './sseParser';

const encoder = new TextEncoder();

function parseInReads(reads: Uint8Array[]): SseMessage[] {
  const parser = new SseParser();
  const events = reads.flatMap((read) => parser.push(read));
  return [...events, ...parser.end()];
}

function byteByByte(text: string): Uint8Array[] {
  return Array.from(encoder.encode(text), (byte) => Uint8Array.of(byte));
}

function streamOf(reads: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const read of reads) controller.enqueue(read);
      controller.close();
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<SseMessage[]> {
  const events: SseMessage[] = [];
  for await (const event of readSse(stream)) events.push(event);
  return events;
}

describe('SseParser', () => {
  it('reads named events with JSON data', () => {
    const events = parseInReads([
      encoder.encode('event: start\ndata: {"invocationId":"i1"}\n\nevent: text\ndata: {"delta":"Hi"}\n\n'),
    ]);

    expect(events).toEqual([
      { event: 'start', data: '{"invocationId":"i1"}', id: '' },
      { event: 'text', data: '{"delta":"Hi"}', id: '' },
    ]);
  });

  it('decodes multi-byte UTF-8 characters split byte by byte', () => {
    const text = 'event: text\ndata: {"delta":"Grüße 👋 日本語"}\n\n';

    const events = parseInReads(byteByByte(text));

    expect(events).toEqual([{ event: 'text', data: '{"delta":"Grüße 👋 日本語"}', id: '' }]);
  });

  it('assembles events split across reads at every position', () => {
    const text = 'event: text\ndata: {"delta":"é"}\n\nevent: finish\ndata: {"reason":"stop"}\n\n';
    const bytes = encoder.encode(text);
    for (let cut = 1; cut < bytes.length; cut += 1) {
      const events = parseInReads([bytes.slice(0, cut), bytes.slice(cut)]);

      expect(events.map((event) => event.event)).toEqual(['text', 'finish']);
      expect(events[0]?.data).toBe('{"delta":"é"}');
    }
  });

  it('accepts CRLF and lone CR line endings, also when CR and LF arrive in different reads', () => {
    const crlf = parseInReads([encoder.encode('event: a\r'), encoder.encode('\ndata: 1\r\n\r'), encoder.encode('\n')]);
    const cr = parseInReads([encoder.encode('event: b\rdata: 2\r\r')]);

    expect(crlf).toEqual([{ event: 'a', data: '1', id: '' }]);
    expect(cr).toEqual([{ event: 'b', data: '2', id: '' }]);
  });

  it('joins multi-line data with LF and strips only one leading space', () => {
    const events = parseInReads([encoder.encode('data:one\ndata:  two\ndata\n\n')]);

    expect(events).toEqual([{ event: 'message', data: 'one\n two\n', id: '' }]);
  });

  it('ignores comments (keep-alives), unknown fields and events without data', () => {
    const events = parseInReads([
      encoder.encode(': keep-alive\n\nretry: 1000\nfoo: bar\n\nevent: empty\n\nevent: text\ndata: x\n\n'),
    ]);

    expect(events).toEqual([{ event: 'text', data: 'x', id: '' }]);
  });

  it('strips a leading byte order mark and remembers the last event id', () => {
    const events = parseInReads([Uint8Array.of(0xef, 0xbb), Uint8Array.of(0xbf), encoder.encode('id: 7\ndata: a\n\ndata: b\n\n')]);

    expect(events).toEqual([
      { event: 'message', data: 'a', id: '7' },
      { event: 'message', data: 'b', id: '7' },
    ]);
  });

  it('discards an event left open when the stream ends', () => {
    const events = parseInReads([encoder.encode('event: text\ndata: {"delta":"cut"}\n')]);

    expect(events).toEqual([]);
  });
});

describe('readSse', () => {
  it('yields the events of a body read in arbitrary chunks', async () => {
    const events = await collect(streamOf(byteByByte('event: text\r\ndata: {"delta":"ü"}\r\n\r\nevent: finish\r\ndata: {}\r\n\r\n')));

    expect(events.map((event) => [event.event, event.data])).toEqual([
      ['text', '{"delta":"ü"}'],
      ['finish', '{}'],
    ]);
  });

  it('cancels the body when the reader stops early', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(encoder.encode('data: tick\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });

    for await (const event of readSse(body)) {
      expect(event.data).toBe('tick');
      break;
    }

    expect(cancelled).toBe(true);
  });
});
