// Two application instances on one database (issue 16, item 8): a custom provider changed, created or
// deleted through instance A is seen by instance B within a second, although B caches the configs it
// has used. A is the app the browser scenarios ran against (its embedded PostgreSQL); B is started
// here with DB_URL pointing at A's database and A's vault key. No browser: plain fetch.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SERVER_OPENAI_KEY, startApp } from './app.mjs';
import { assert, runChecks } from './harness.mjs';

/** How long a change may take to reach the other instance (the "within a second"). */
const WITHIN_MS = 1_000;
/** How long the polls go on before they report what they last saw. */
const GIVE_UP_MS = 5_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The database A's embedded PostgreSQL serves: the port is line 4 of its postmaster.pid, the
 * database and user are `postgres` (backend EmbeddedDatabase.DATABASE and USER).
 */
async function embeddedDatabaseUrl(dataDir) {
  const pid = await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8');
  const port = Number(pid.split('\n')[3]);
  assert(Number.isInteger(port) && port > 0, `no port on line 4 of postmaster.pid: ${JSON.stringify(pid)}`);
  return `postgresql://postgres@localhost:${port}/postgres`;
}

/** JSON in, JSON (or a problem) out; returns the status and the parsed body. */
async function call(baseUrl, method, url, body) {
  const response = await fetch(baseUrl + url, {
    method,
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/**
 * @param {{ jar: string, appA: Awaited<ReturnType<typeof startApp>>, mock: Awaited<ReturnType<import('./mockUpstream.mjs').startMockUpstream>> }} env
 * @returns the counts, and the measured delays for the report
 */
export async function runTwoInstanceChecks({ jar, appA, mock }) {
  const dbUrl = await embeddedDatabaseUrl(appA.dataDir);
  const secret = (await readFile(path.join(appA.dataDir, 'secret'), 'utf8')).trim();
  const started = Date.now();
  const appB = await startApp({ jar, mockUrl: mock.url, env: { DB_URL: dbUrl, SWITCHBOARD_SECRET: secret } });
  console.log(`instance B ready on ${appB.baseUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s, on A's database ${dbUrl}`);

  const A = (method, url, body) => call(appA.baseUrl, method, url, body);
  const B = (method, url, body) => call(appB.baseUrl, method, url, body);
  let probes = 0;
  /** Invokes a custom provider through B; returns the answer and the upstream call it made, if any. */
  async function invokeThroughB(customProviderId) {
    probes += 1;
    const content = `two-instance probe ${probes}`;
    const sentAt = Date.now();
    const answer = await B('POST', '/api/v1/invocations', {
      customProviderId,
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content }],
    });
    const upstream = mock.calls.find((c) => c.request.messages?.at(-1)?.content === content) ?? null;
    return { ...answer, upstream, sentAt };
  }
  /**
   * Invokes through B until `seen` holds for an answer; the delay is from `since` to the sending of
   * the first invocation that showed the change (each is sent as the one before is answered).
   */
  async function untilB(what, customProviderId, since, seen) {
    let last;
    for (let stale = 0; ; stale += 1) {
      last = await invokeThroughB(customProviderId);
      if (seen(last)) {
        staleAnswers[what] = stale;
        return last.sentAt - since;
      }
      if (Date.now() - since > GIVE_UP_MS) {
        throw new Error(`${what}: not seen through B after ${GIVE_UP_MS} ms; last answer ${last.status}, upstream ${JSON.stringify(last.upstream?.headers ?? null)}`);
      }
      await sleep(10);
    }
  }
  const input = (name, prefix, key, team) => ({
    name,
    sdk: 'openai',
    config: {
      auth: { type: 'api_key', apiKey: key },
      baseUrl: `${mock.url}/${prefix}/v1`,
      headers: { 'X-Team': team },
      apiType: 'chat_completions',
    },
  });

  const delays = {};
  /** How many invocations through B still used the old config after A had answered the change. */
  const staleAnswers = {};
  let shared;
  const checks = [
    {
      name: 'two instances: B uses a header changed through A within 1 s, although it cached the provider',
      async run() {
        const created = await A('POST', '/api/v1/custom-providers', input('shared-team', 'shared', 'sk-two-instances-shared-1', 'v1'));
        assert(created.status === 201, `create on A answered ${created.status}: ${JSON.stringify(created.body)}`);
        shared = created.body;
        const warm = await invokeThroughB(shared.id);
        assert(warm.status === 200, `B answered ${warm.status}: ${JSON.stringify(warm.body)}`);
        assert(warm.upstream?.headers['x-team'] === 'v1', `B sent X-Team ${warm.upstream?.headers['x-team']}`);

        const patched = await A('PATCH', `/api/v1/custom-providers/${shared.id}`, {
          config: { ...input('', 'shared', '', 'v2').config, auth: { type: 'api_key' } },
        });
        assert(patched.status === 200, `PATCH on A answered ${patched.status}: ${JSON.stringify(patched.body)}`);
        const since = Date.now();
        delays.header = await untilB('the new header', shared.id, since, (r) => r.upstream?.headers['x-team'] === 'v2');
        assert(delays.header < WITHIN_MS, `B used the new header only ${delays.header} ms after the change`);
      },
    },
    {
      name: 'two instances: B sends to a base URL and key changed through A within 1 s',
      async run() {
        assert(shared, 'the previous check did not create the provider');
        const newKey = 'sk-two-instances-shared-2';
        const patched = await A('PATCH', `/api/v1/custom-providers/${shared.id}`, { config: input('', 'moved', newKey, 'v2').config });
        assert(patched.status === 200, `PATCH on A answered ${patched.status}: ${JSON.stringify(patched.body)}`);
        const since = Date.now();
        delays.routing = await untilB('the new base URL and key', shared.id, since, (r) => r.upstream?.provider === 'moved');
        assert(delays.routing < WITHIN_MS, `B used the new base URL only ${delays.routing} ms after the change`);
        const last = mock.calls.at(-1);
        assert(last.authorization === `Bearer ${newKey}`, `the moved call carried ${last.authorization}`);
      },
    },
    {
      name: 'two instances: a provider created through A is listed and invocable through B, and a delete through A refuses it on B within 1 s',
      async run() {
        const key = 'sk-two-instances-created-3';
        const created = await A('POST', '/api/v1/custom-providers', input('created-on-a', 'created', key, 'c'));
        assert(created.status === 201, `create on A answered ${created.status}: ${JSON.stringify(created.body)}`);
        const id = created.body.id;
        const since = Date.now();
        for (;;) {
          const list = await B('GET', '/api/v1/custom-providers');
          if (list.body.some((provider) => provider.id === id)) break;
          assert(Date.now() - since < GIVE_UP_MS, 'B does not list the provider created on A');
          await sleep(10);
        }
        delays.listed = Date.now() - since;
        assert(delays.listed < WITHIN_MS, `B listed it only after ${delays.listed} ms`);
        const invoked = await invokeThroughB(id);
        assert(invoked.status === 200, `B answered ${invoked.status}: ${JSON.stringify(invoked.body)}`);
        assert(invoked.upstream?.provider === 'created', `B called ${invoked.upstream?.provider}`);
        assert(invoked.upstream.authorization === `Bearer ${key}`, `B sent ${invoked.upstream.authorization}`);
        assert(invoked.body.text?.startsWith('Hello from gpt-4o-mini'), `B answered ${JSON.stringify(invoked.body)}`);

        const deleted = await A('DELETE', `/api/v1/custom-providers/${id}`);
        assert(deleted.status === 204, `delete on A answered ${deleted.status}`);
        const deletedAt = Date.now();
        delays.deleted = await untilB('the delete', id, deletedAt, (r) => r.status === 404 || r.status === 422);
        assert(delays.deleted < WITHIN_MS, `B still invoked the deleted provider ${delays.deleted} ms after the delete`);
        const gone = await B('GET', `/api/v1/custom-providers/${id}`);
        assert(gone.status === 404, `B's GET of the deleted provider answered ${gone.status}`);
      },
    },
    {
      name: 'two instances: neither sent the server environment key to a custom provider',
      async run() {
        const custom = mock.calls.filter((c) => ['shared', 'moved', 'created'].includes(c.provider));
        assert(custom.length >= 4, `only ${custom.length} upstream calls were made`);
        const leaked = custom.filter((c) => c.authorization === `Bearer ${SERVER_OPENAI_KEY}`);
        assert(leaked.length === 0, `${leaked.length} calls carried the environment key`);
      },
    },
  ];

  let result = { passed: 0, failed: checks.length };
  try {
    result = await runChecks(checks);
    console.log(`  measured: header change seen by B after ${delays.header} ms, base URL and key after ${delays.routing} ms,`
      + ` new provider listed after ${delays.listed} ms, delete refused after ${delays.deleted} ms;`
      + ` stale answers from B after A's change: ${JSON.stringify(staleAnswers)}`);
    return result;
  } finally {
    if (result.failed > 0) console.log(`instance B log (last lines):\n${appB.logTail(30)}`);
    await appB.stop();
  }
}
