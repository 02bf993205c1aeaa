// Starts the packaged Switchboard (backend/target/quarkus-app) on a free port with a fresh data
// directory, so it brings up its own embedded PostgreSQL (unless `env` gives a DB_URL), and the
// providers' base URLs on the mock.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A port the OS just handed out; released again so the app can bind it. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The parent's environment without anything that would change which credentials or servers the
 * app uses: keys, base URLs, database and vault settings of the machine running the tests.
 */
function cleanEnvironment() {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/(_API_KEY|_BASE_URL|_ENDPOINT|_API_VERSION)$/.test(name) || /^(AWS_|AZURE_|DB_|QUARKUS_|SWITCHBOARD_|GOOGLE_|GEMINI_)/.test(name)) {
      delete env[name];
    }
  }
  return env;
}

/**
 * An OpenAI key in the server's environment, so tests can tell that a call did not use it (a custom
 * provider must never); the mock does not require it, so it would work if it were sent.
 */
export const SERVER_OPENAI_KEY = 'sk-e2e-server-environment-9999';

/**
 * @param {{ jar: string, mockUrl: string, env?: Record<string, string>, startTimeoutMs?: number }} options
 *   `env` is added last (e.g. DB_URL and SWITCHBOARD_SECRET for a second instance on the same database)
 * @returns the base URL, the data directory, the log file, and stop()
 */
export async function startApp({ jar, mockUrl, env: extraEnv = {}, startTimeoutMs = 180_000 }) {
  if (!existsSync(jar)) {
    throw new Error(`${jar} does not exist: build it first (./mvnw -B -ntp package -DskipTests)`);
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'switchboard-e2e-'));
  const logFile = path.join(dataDir, 'app.log');
  const port = await freePort();
  const env = {
    ...cleanEnvironment(),
    PORT: String(port),
    SWITCHBOARD_DATA_DIR: dataDir,
    OPENAI_BASE_URL: `${mockUrl}/openai/v1`,
    DEEPSEEK_BASE_URL: `${mockUrl}/deepseek`,
    XAI_BASE_URL: `${mockUrl}/xai/v1`,
    GROQ_BASE_URL: `${mockUrl}/groq/openai/v1`,
    OPENAI_API_KEY: SERVER_OPENAI_KEY,
    ...extraEnv,
  };
  const log = createWriteStream(logFile);
  const child = spawn('java', ['-jar', jar], { cwd: dataDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let exitInfo = null;
  void exited.then((info) => (exitInfo = info));

  const baseUrl = `http://127.0.0.1:${port}`;
  const app = {
    baseUrl,
    dataDir,
    logFile,
    /** The last lines of the app's log, for failure reports. */
    logTail(lines = 40) {
      try {
        return readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n');
      } catch {
        return '(no log)';
      }
    },
    async stop() {
      if (exitInfo === null) {
        child.kill('SIGTERM'); // shutdown hooks stop the embedded PostgreSQL
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      }
      log.end();
      if (!process.env.E2E_KEEP_DATA) await rm(dataDir, { recursive: true, force: true });
    },
  };

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exitInfo !== null) {
      const tail = app.logTail();
      await app.stop();
      throw new Error(`the app exited during start-up (${JSON.stringify(exitInfo)}):\n${tail}`);
    }
    try {
      const response = await fetch(`${baseUrl}/q/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return app;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      const tail = app.logTail();
      await app.stop();
      throw new Error(`the app was not ready within ${startTimeoutMs} ms:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
