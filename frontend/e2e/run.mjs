#!/usr/bin/env node
// End-to-end tests of the playground in real Chromium: starts a mock OpenAI-protocol upstream and
// the packaged app (embedded PostgreSQL in a temp dir), runs the scenarios, then the two-instance
// checks (a second app on the first one's database; no browser), always stops everything, and
// ends with one line "N passed, M failed" (CI reads it). Exit code 0 only when all passed.
//
//   npm run e2e                 (after ./mvnw -B -ntp package -DskipTests)
//   CHROMIUM=/path/to/chrome SWITCHBOARD_JAR=/path/to/quarkus-run.jar npm run e2e
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './app.mjs';
import { launchChromium, runScenarios } from './harness.mjs';
import { startMockUpstream } from './mockUpstream.mjs';
import { scenarios } from './scenarios.mjs';
import { runTwoInstanceChecks } from './twoInstances.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const jar = path.resolve(process.env.SWITCHBOARD_JAR ?? path.join(here, '../../backend/target/quarkus-app/quarkus-run.jar'));
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const screenshotDir = path.join(here, 'screenshots');

/** Console errors the app is allowed to log; keep it empty unless one is understood and harmless. */
const IGNORED_CONSOLE = [];

const started = Date.now();
const cleanups = [];
let stopping = null;

/** Stops what was started, newest first; safe to call twice. */
function cleanUp() {
  stopping ??= (async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error) => console.error(`cleanup: ${error.message}`));
    }
  })();
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.log(`\n${signal}: stopping`);
    void cleanUp().then(() => {
      console.log('0 passed, 1 failed');
      process.exit(130);
    });
  });
}

let result;
try {
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM)`);
  const mock = await startMockUpstream({ delayMs: Number(process.env.E2E_CHUNK_DELAY_MS ?? 40) });
  cleanups.push(() => mock.close());
  console.log(`mock upstream on ${mock.url}`);

  console.log(`starting ${path.relative(process.cwd(), jar)} …`);
  const app = await startApp({ jar, mockUrl: mock.url });
  cleanups.push(() => app.stop());
  console.log(`app ready on ${app.baseUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const browser = await launchChromium(chromiumPath);
  cleanups.push(() => browser.close());
  console.log(`Chromium ${browser.version()}`);

  const list = scenarios({ mock });
  result = await runScenarios({ browser, baseUrl: app.baseUrl, screenshotDir, scenarios: list, ignoredConsole: IGNORED_CONSOLE });
  const twoInstances = await runTwoInstanceChecks({ jar, appA: app, mock }).catch((error) => {
    console.log(`  ✗ two instances: could not start instance B\n    ${String(error.stack ?? error).replaceAll('\n', '\n    ')}`);
    return { passed: 0, failed: 1 };
  });
  result = { passed: result.passed + twoInstances.passed, failed: result.failed + twoInstances.failed };
  if (result.failed > 0) console.log(`\napp log (last lines):\n${app.logTail(30)}`);
} catch (error) {
  console.log(`e2e set-up failed: ${error.stack ?? error}`);
  result = { passed: 0, failed: Math.max(1, result?.failed ?? 0) };
} finally {
  await cleanUp();
}

console.log(`screenshots in ${path.relative(process.cwd(), screenshotDir)}/; took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed > 0 ? 1 : 0);
