// A local stand-in for OpenAI-protocol providers: `POST <prefix>/chat/completions` answered with the
// Chat Completions streaming format (https://platform.openai.com/docs/api-reference/chat-streaming):
// `data: {chunk}` lines, a finish chunk, a usage chunk with empty choices, then `data: [DONE]`.
//
// One server serves every provider: point each `<KEY>_BASE_URL` at its own prefix
// (`http://127.0.0.1:<port>/openai/v1`, `.../deepseek`) and the recorded call says which one was hit.
// A model whose name contains "slow" drips many chunks slowly, so the Stop test can cut it off.
// `stream: false` gets the whole chat.completion at once (the JSON mode of the API).
//
// `GET <prefix>/models` answers OpenAI's model list (https://platform.openai.com/docs/api-reference/models/list),
// which a custom provider's Test connection asks for. `requireKey(prefix, key)` makes a prefix
// answer 401 with OpenAI's error body to any other key, on both routes.
import http from 'node:http';

export const USAGE = { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 };

/** The text the mock streams for a model; the scenarios assert on it. */
export function replyFor(model) {
  return `Hello from ${model}! The mock upstream streamed this.`;
}

/** Splits a reply into small chunks so the stream arrives in visible pieces. */
function chunksOf(text, size = 6) {
  const chunks = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return chunks;
}

function slowChunks() {
  return Array.from({ length: 200 }, (_, i) => `tick ${i + 1} `);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the mock on a random loopback port.
 * @param {{ delayMs?: number, slowDelayMs?: number }} options delay between chunks, normal and slow
 */
export async function startMockUpstream({ delayMs = 40, slowDelayMs = 250 } = {}) {
  /** Every chat call seen, oldest first. */
  const calls = [];
  /** Every model list asked for, oldest first: `{ provider, authorization, headers }`. */
  const modelListCalls = [];
  const listeners = new Set();
  /** prefix → the only key it accepts */
  const requiredKeys = new Map();

  /** Answers 401 as OpenAI does when the prefix requires another key; true when it did. */
  function refusedKey(req, res, provider) {
    const required = requiredKeys.get(provider);
    if (required === undefined || req.headers.authorization === `Bearer ${required}`) return false;
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' } }));
    return true;
  }

  const server = http.createServer((req, res) => {
    const models = /^\/(?<provider>[^/]+)(?:\/.*)?\/models$/.exec(req.url ?? '');
    if (req.method === 'GET' && models) {
      const { provider } = models.groups;
      modelListCalls.push({ provider, authorization: req.headers.authorization ?? null, headers: req.headers });
      if (refusedKey(req, res, provider)) return;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({
        object: 'list',
        data: ['gpt-4o-mini', 'gpt-4o'].map((id) => ({ id, object: 'model', created: 1715367049, owned_by: 'system' })),
      }));
      return;
    }
    const match = /^\/(?<provider>[^/]+)(?:\/.*)?\/chat\/completions$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `mock: no route for ${req.method} ${req.url}`, type: 'not_found' } }));
      return;
    }
    const body = [];
    req.on('data', (chunk) => body.push(chunk));
    req.on('end', () => void answer(req, res, match.groups.provider, Buffer.concat(body).toString('utf8')));
  });

  async function answer(req, res, provider, text) {
    let request;
    try {
      request = JSON.parse(text);
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'mock: body is not JSON', type: 'invalid_request_error' } }));
      return;
    }
    const model = String(request.model ?? '');
    let markClosed;
    const call = {
      provider,
      model,
      authorization: req.headers.authorization ?? null,
      /** Every request header, names in lower case. */
      headers: req.headers,
      request,
      startedAt: Date.now(),
      endedAt: null,
      /** True when the client went away before the stream was complete. */
      closedEarly: false,
      chunksSent: 0,
      closed: new Promise((resolve) => (markClosed = resolve)),
    };
    calls.push(call);
    listeners.forEach((listener) => listener(call));

    let open = true;
    res.on('close', () => {
      open = false;
      call.endedAt = Date.now();
      call.closedEarly = !res.writableFinished;
      markClosed(call);
    });

    if (refusedKey(req, res, provider)) return;
    const id = `chatcmpl-mock-${calls.length}`;
    const created = Math.floor(Date.now() / 1000);

    if (request.stream !== true) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: replyFor(model) }, finish_reason: 'stop' }],
        usage: USAGE,
      }));
      return;
    }

    const slow = model.includes('slow');
    const pieces = slow ? slowChunks() : chunksOf(replyFor(model));
    const pause = slow ? slowDelayMs : delayMs;
    const send = (payload) => res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, ...payload })}\n\n`);

    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    send({ choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
    for (const piece of pieces) {
      await sleep(pause);
      if (!open) return;
      send({ choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
      call.chunksSent += 1;
    }
    await sleep(pause);
    if (!open) return;
    send({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
    send({ choices: [], usage: USAGE });
    res.end('data: [DONE]\n\n');
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    modelListCalls,
    requireKey(prefix, key) {
      requiredKeys.set(prefix, key);
    },
    /** Resolves with the next call for which `predicate` holds (including ones already made). */
    waitForCall(predicate, timeoutMs = 15_000) {
      const seen = calls.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const listener = (call) => {
          if (!predicate(call)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(call);
        };
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`mock upstream: no matching call within ${timeoutMs} ms`));
        }, timeoutMs);
        listeners.add(listener);
      });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
