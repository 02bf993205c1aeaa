// A small scenario harness over playwright-core: each scenario gets a fresh browser context (empty
// local storage), its console errors, page errors and Content-Security-Policy violations are
// collected and fail it, and a screenshot of every page it looked at lands in e2e/screenshots/.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches the system Chromium. Playwright gives every launch a fresh, temporary user-data-dir and
 * removes it on close (a `--user-data-dir` argument is refused by `launch()`).
 */
export function launchChromium(executablePath) {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** Polls `read` until `check` accepts its value; fails with the last value seen. */
export async function until(what, read, check, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await read();
      if (check(last)) return last;
    } catch (error) {
      last = `(${error.message.split('\n')[0]})`;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the locator's text contains `expected` (a string or a RegExp). */
export function expectText(locator, expected, what, timeoutMs) {
  const matches = (text) => (expected instanceof RegExp ? expected.test(text) : text.includes(expected));
  return until(what ?? `text ${expected}`, () => locator.innerText({ timeout: 1_000 }), matches, timeoutMs);
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Runs the scenarios one after the other, each with a fresh context; returns the counts.
 * @param {{ browser, baseUrl: string, screenshotDir: string, scenarios: Array<{ name: string, run: Function }>,
 *           ignoredConsole?: RegExp[], timeoutMs?: number }} options
 */
export async function runScenarios({ browser, baseUrl, screenshotDir, scenarios, ignoredConsole = [], timeoutMs = 90_000 }) {
  await rm(screenshotDir, { recursive: true, force: true }); // no stale pictures from an earlier run
  await mkdir(screenshotDir, { recursive: true });
  let passed = 0;
  let failed = 0;
  for (const [index, scenario] of scenarios.entries()) {
    const started = Date.now();
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
    const consoleErrors = [];
    context.on('console', (message) => {
      const text = message.text();
      // Chromium reports what the policy blocked on the console; such a line is never ignored, at any level.
      if (/Content Security Policy/i.test(text)) consoleErrors.push(`console (${message.type()}): ${text}`);
      else if (message.type() === 'error' && !ignoredConsole.some((pattern) => pattern.test(text))) {
        consoleErrors.push(`console: ${text}`);
      }
    });
    // And the page's own record of each violation, from before its first script runs.
    const cspViolations = [];
    await context.exposeBinding('__reportCspViolation', (_source, violation) => {
      cspViolations.push(violation);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__reportCspViolation({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          source: `${event.sourceFile}:${event.lineNumber}`,
        });
      });
    });
    context.on('weberror', (error) => consoleErrors.push(`page error: ${error.error().message}`));
    const page = await context.newPage();
    const prefix = String(index + 1).padStart(2, '0');
    let shots = 0;
    /** Full page by default; `{ fullPage: false }` for a dialog or popover, whose overlay covers the viewport only. */
    const screenshot = async (name, { fullPage = true } = {}) => {
      shots += 1;
      const file = path.join(screenshotDir, `${prefix}-${shots}-${name}.png`);
      await page.screenshot({ path: file, fullPage });
      return file;
    };
    try {
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([scenario.run({ page, context, screenshot, cspViolations, consoleErrors }), timeout]);
      } finally {
        clearTimeout(timer);
      }
      assert(
        cspViolations.length === 0,
        `Content-Security-Policy violations:\n  ${cspViolations.map((v) => JSON.stringify(v)).join('\n  ')}`,
      );
      assert(consoleErrors.length === 0, `unexpected console errors:\n  ${consoleErrors.join('\n  ')}`);
      passed += 1;
      console.log(`  ✓ ${scenario.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      console.log(`  ✗ ${scenario.name} (${Date.now() - started} ms)\n    ${String(error.stack ?? error).replaceAll('\n', '\n    ')}`);
      if (consoleErrors.length > 0 && !String(error.message).startsWith('unexpected console errors')) console.log(`    console errors:\n      ${consoleErrors.join('\n      ')}`);
      await screenshot('failure').catch(() => {});
    } finally {
      await context.close().catch(() => {});
    }
  }
  return { passed, failed };
}

/**
 * Runs checks that need no browser (plain fetch against the app), one after the other, with the
 * same output as the scenarios; returns the counts.
 * @param {Array<{ name: string, run: () => Promise<void> }>} checks
 */
export async function runChecks(checks, { timeoutMs = 60_000 } = {}) {
  let passed = 0;
  let failed = 0;
  for (const check of checks) {
    const started = Date.now();
    let timer;
    try {
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      });
      await Promise.race([check.run(), timeout]);
      passed += 1;
      console.log(`  ✓ ${check.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      console.log(`  ✗ ${check.name} (${Date.now() - started} ms)\n    ${String(error.stack ?? error).replaceAll('\n', '\n    ')}`);
    } finally {
      clearTimeout(timer);
    }
  }
  return { passed, failed };
}
