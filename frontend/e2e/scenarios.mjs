// The playground's end-to-end scenarios (issue 7), in the order they run. Each gets a fresh browser
// context; the server (and its database) is shared, so the one that stores a server secret runs last.
import { SERVER_OPENAI_KEY } from './app.mjs';
import { assert, expectText, until } from './harness.mjs';
import { USAGE, replyFor } from './mockUpstream.mjs';

const USAGE_TEXT = `${USAGE.prompt_tokens} in · ${USAGE.completion_tokens} out · ${USAGE.total_tokens} total`;

// ---- page helpers: they find controls by their accessible names, as a user of a screen reader would

async function enterBrowserKey(page, providerName, credential, value) {
  const panel = page.getByRole('dialog', { name: 'API keys stored in this browser' });
  if (!(await panel.isVisible())) await page.getByRole('button', { name: /^API Keys/ }).click();
  const providerSelect = panel.getByRole('combobox', { name: 'Provider' });
  // Items read "DeepSeek", or "DeepSeek · 1 stored" once the browser holds a key for it.
  const item = new RegExp(`^${providerName}( · \\d+ stored)?$`);
  if (!item.test((await providerSelect.innerText()).trim())) {
    await providerSelect.click();
    await page.getByRole('option', { name: item }).click();
  }
  await panel.getByLabel(credential, { exact: true }).fill(value);
  return panel;
}

async function closePopover(page) {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

async function chooseListedModel(page, instance, model, providerName) {
  await page.getByRole('button', { name: new RegExp(`^Model for instance ${instance}:`) }).click();
  await page.getByRole('button', { name: `${model} (${providerName})`, exact: true }).click();
  await expectText(
    page.getByRole('button', { name: new RegExp(`^Model for instance ${instance}:`) }),
    `${providerName} · ${model}`,
    `model picker of instance ${instance}`,
  );
}

async function typeModel(page, instance, model) {
  await page.getByRole('button', { name: new RegExp(`^Model for instance ${instance}:`) }).click();
  await page.getByLabel('Search or type a model name').fill(model);
  await page.keyboard.press('Enter');
  await expectText(
    page.getByRole('button', { name: new RegExp(`^Model for instance ${instance}:`) }),
    `· ${model}`,
    `model picker of instance ${instance}`,
  );
}

function output(page, instance) {
  const region = page.getByRole('region', { name: `Instance ${instance} output`, exact: true });
  return {
    region,
    status: region.getByRole('status').first(),
    text: region.getByLabel('Response text', { exact: true }),
    details: region.getByLabel('Run details', { exact: true }),
  };
}

/**
 * Records every text the output shows while it changes, to tell a stream from a single update.
 * @returns a function giving the distinct non-empty texts seen, in order
 */
async function recordTextChanges(locator) {
  const key = `seen-${Math.random().toString(36).slice(2)}`;
  await locator.evaluate((element, key) => {
    const seen = (window[key] = []);
    const note = () => {
      const text = element.textContent ?? '';
      if (text !== '' && seen.at(-1) !== text) seen.push(text);
    };
    new MutationObserver(note).observe(element, { childList: true, subtree: true, characterData: true });
  }, key);
  return () => locator.page().evaluate((key) => window[key], key);
}

/**
 * Asserts that the text arrived in pieces: the output showed part of the reply before the whole.
 * (One partial is enough: a busy machine may render several chunks at once.)
 */
async function expectStreamed(seenTexts, model, what) {
  const seen = await seenTexts();
  const full = replyFor(model);
  const partial = seen.filter((text) => text !== full && full.startsWith(text));
  assert(
    partial.length >= 1 && seen.at(-1) === full,
    `${what} did not stream: it showed ${JSON.stringify(seen)}`,
  );
}

async function expectFinishedRun(page, instance, model, credential, sourceLabel) {
  const out = output(page, instance);
  await expectText(out.text, replyFor(model), `response text of instance ${instance}`);
  await expectText(out.status, 'Finished', `status of instance ${instance}`);
  await expectText(out.region, 'finish: stop', `finish reason of instance ${instance}`);
  await expectText(out.details, USAGE_TEXT, `usage of instance ${instance}`);
  await expectText(
    out.details,
    new RegExp(`${credential}\\s*${sourceLabel}\\b`),
    `credential source of instance ${instance}`,
  );
}

function storedCredentials(page) {
  return page.evaluate(() => ({
    local: window.localStorage.getItem('switchboard.credentials'),
    session: window.sessionStorage.getItem('switchboard.credentials'),
    playground: window.localStorage.getItem('switchboard.playground'),
  }));
}

// ---- the scenarios

/** @param {{ mock: Awaited<ReturnType<import('./mockUpstream.mjs').startMockUpstream>> }} env */
export function scenarios({ mock }) {
  return [
    {
      name: 'a deep link to /settings/providers loads the AI Providers page',
      async run({ page, screenshot }) {
        const response = await page.goto('/settings/providers');
        assert(response?.status() === 200, `GET /settings/providers answered ${response?.status()}`);
        await page.getByRole('heading', { name: 'AI Providers', level: 1 }).waitFor();
        const table = page.getByRole('table', { name: 'AI providers' });
        const row = (name) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
        // The app runs with OPENAI_API_KEY in its environment (app.mjs) and no other key.
        await expectText(row('OpenAI'), /OPENAI_API_KEY\s*server environment/, 'the OpenAI row');
        await expectText(row('OpenAI'), 'Ready', 'the OpenAI row with a key in the environment');
        await expectText(row('Anthropic'), 'Needs a key', 'the Anthropic row on a fresh server');
        const current = await page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]').innerText();
        assert(current.includes('AI Providers'), `the navigation marks "${current}" as the current page`);
        await screenshot('settings-providers');
      },
    },

    {
      name: 'the page comes with a strict Content-Security-Policy and no-cache, its hashed assets immutable; the policy is enforced',
      async run({ page, screenshot, cspViolations, consoleErrors }) {
        const assets = [];
        page.on('response', (response) => {
          if (new URL(response.url()).pathname.startsWith('/assets/')) assets.push(response);
        });
        const response = await page.goto('/playground');
        const headers = response?.headers() ?? {};
        const policy = headers['content-security-policy'] ?? '';
        for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]) {
          assert(policy.split(';').map((d) => d.trim()).includes(directive), `the policy lacks "${directive}": ${policy}`);
        }
        assert(!/script-src[^;]*unsafe/.test(policy), `the policy allows unsafe scripts: ${policy}`);
        assert(headers['x-content-type-options'] === 'nosniff', `X-Content-Type-Options: ${headers['x-content-type-options']}`);
        assert(headers['referrer-policy'] === 'no-referrer', `Referrer-Policy: ${headers['referrer-policy']}`);
        assert(headers['cache-control'] === 'no-cache', `the page's Cache-Control: ${headers['cache-control']}`);
        await page.getByRole('heading', { name: 'Playground', level: 1 }).waitFor();
        assert(assets.length >= 2, `the page loaded ${assets.length} files from /assets/`);
        for (const asset of assets) {
          const cacheControl = asset.headers()['cache-control'];
          assert(cacheControl === 'public, max-age=31536000, immutable', `${asset.url()}: Cache-Control ${cacheControl}`);
        }
        await screenshot('playground-under-policy');

        // What an injected script would do: the policy stops it, and the harness sees the violation.
        const ran = await page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'window.__inlineScriptRan = true;';
          document.head.append(script);
          return window.__inlineScriptRan === true;
        });
        assert(!ran, 'an inline script ran despite the policy');
        await until('the reported violation', () => cspViolations.map((v) => v.directive), (d) => d.includes('script-src-elem'));
        await until('Chromium\'s console line for it', () => consoleErrors.length, (n) => n >= 1);
        assert(
          consoleErrors.every((line) => /Content Security Policy/.test(line)),
          `console errors other than the expected violation: ${consoleErrors.join(' | ')}`,
        );
        cspViolations.length = 0; // expected: it was provoked here
        consoleErrors.length = 0;
      },
    },

    {
      name: 'every page loads by deep link (and an unknown path shows "Page not found")',
      async run({ page, screenshot }) {
        const pages = [
          ['/', 'Playground'],
          ['/playground', 'Playground'],
          ['/prompts', 'Prompts'],
          ['/settings/custom-providers', 'Custom Providers'],
          ['/settings', 'AI Providers'],
          ['/no/such/page', 'Page not found'],
        ];
        for (const [url, heading] of pages) {
          const response = await page.goto(url);
          assert(response?.status() === 200, `GET ${url} answered ${response?.status()}`);
          await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
          await screenshot(url === '/' ? 'home' : url.slice(1).replaceAll('/', '-'));
        }
      },
    },

    {
      name: 'a key entered in the API Keys menu runs a prompt: streamed text, usage, source "browser"',
      async run({ page, screenshot }) {
        const key = 'sk-e2e-browser-key-1111';
        await page.goto('/');
        await page.getByRole('heading', { name: 'Playground', level: 1 }).waitFor();
        const panel = await enterBrowserKey(page, 'OpenAI', 'OPENAI_API_KEY', key);
        await expectText(panel.getByRole('combobox', { name: 'Provider' }), 'OpenAI', 'the provider select');
        await expectText(page.getByRole('button', { name: /^API Keys/ }), '1', 'the API Keys badge');
        await screenshot('api-keys-menu', { fullPage: false });
        await closePopover(page);

        await page.getByLabel('Content of message 2', { exact: true }).fill('Say hello to the e2e test.');
        const seen = await recordTextChanges(output(page, 1).text);
        await page.getByRole('button', { name: 'Run instance 1', exact: true }).click();

        const call = await mock.waitForCall((c) => c.authorization === `Bearer ${key}`);
        await expectFinishedRun(page, 1, 'gpt-4o-mini', 'OPENAI_API_KEY', 'browser');
        await expectStreamed(seen, 'gpt-4o-mini', 'the response');
        await screenshot('playground-run');

        assert(call.provider === 'openai', `the call went to the ${call.provider} prefix`);
        assert(call.model === 'gpt-4o-mini', `the upstream was asked for ${call.model}`);
        assert(call.request.stream === true, 'the upstream request did not ask for a stream');
        const last = call.request.messages.at(-1);
        assert(
          last?.role === 'user' && JSON.stringify(last.content).includes('Say hello to the e2e test.'),
          `the last upstream message is ${JSON.stringify(last)}`,
        );
        const stored = await storedCredentials(page);
        assert(stored.local?.includes(key), 'the key is not in local storage');
        assert(!stored.playground?.includes(key), 'the playground state contains the key');
      },
    },

    {
      name: 'Stop ends a slow stream: status "Stopped" and the upstream connection is closed',
      async run({ page, screenshot }) {
        const key = 'sk-e2e-stop-key-2222';
        const model = 'gpt-slow-e2e';
        await page.goto('/playground');
        await enterBrowserKey(page, 'OpenAI', 'OPENAI_API_KEY', key);
        await closePopover(page);
        await typeModel(page, 1, model);
        await page.getByLabel('Content of message 2', { exact: true }).fill('Count slowly.');
        await page.getByRole('button', { name: 'Run instance 1', exact: true }).click();

        const out = output(page, 1);
        const call = await mock.waitForCall((c) => c.model === model && c.authorization === `Bearer ${key}`);
        await expectText(out.text, 'tick 2 ', 'the slow stream before Stop');
        await expectText(out.status, 'Streaming', 'status before Stop');
        await page.getByRole('button', { name: 'Stop instance 1', exact: true }).click();

        await expectText(out.status, 'Stopped', 'status after Stop');
        const closed = await Promise.race([
          call.closed,
          new Promise((_, reject) => setTimeout(() => reject(new Error('the upstream connection stayed open 10 s after Stop')), 10_000)),
        ]);
        assert(closed.closedEarly, 'the upstream stream ran to its end instead of being cut off');
        assert(closed.chunksSent < 200, `the mock sent all ${closed.chunksSent} chunks`);
        const textAtStop = await out.text.innerText();
        await page.waitForTimeout(800);
        assert((await out.text.innerText()) === textAtStop, 'text kept arriving after Stop');
        assert(
          await page.getByRole('button', { name: 'Stop instance 1', exact: true }).isDisabled(),
          'Stop is still enabled after the run stopped',
        );
        await screenshot('playground-stopped');
      },
    },

    {
      name: 'two models side by side (OpenAI and DeepSeek) both stream at once',
      async run({ page, screenshot }) {
        const openAiKey = 'sk-e2e-compare-openai-3333';
        const deepSeekKey = 'sk-e2e-compare-deepseek-4444';
        await page.goto('/');
        await enterBrowserKey(page, 'OpenAI', 'OPENAI_API_KEY', openAiKey);
        await enterBrowserKey(page, 'DeepSeek', 'DEEPSEEK_API_KEY', deepSeekKey);
        await closePopover(page);

        await page.getByRole('button', { name: 'Compare another model' }).click();
        await page.getByRole('region', { name: 'Instance 2', exact: true }).waitFor();
        await chooseListedModel(page, 2, 'deepseek-chat', 'DeepSeek');
        await page.getByLabel('Content of message 2', { exact: true }).fill('Compare yourselves.');
        const seen1 = await recordTextChanges(output(page, 1).text);
        const seen2 = await recordTextChanges(output(page, 2).text);
        await page.getByRole('button', { name: 'Run all 2', exact: true }).click();

        const [openAiCall, deepSeekCall] = await Promise.all([
          mock.waitForCall((c) => c.authorization === `Bearer ${openAiKey}`),
          mock.waitForCall((c) => c.authorization === `Bearer ${deepSeekKey}`),
        ]);
        await expectFinishedRun(page, 1, 'gpt-4o-mini', 'OPENAI_API_KEY', 'browser');
        await expectFinishedRun(page, 2, 'deepseek-chat', 'DEEPSEEK_API_KEY', 'browser');
        await expectStreamed(seen1, 'gpt-4o-mini', 'instance 1');
        await expectStreamed(seen2, 'deepseek-chat', 'instance 2');
        await screenshot('playground-side-by-side');

        assert(openAiCall.provider === 'openai' && openAiCall.model === 'gpt-4o-mini', 'instance 1 did not call OpenAI gpt-4o-mini');
        assert(deepSeekCall.provider === 'deepseek' && deepSeekCall.model === 'deepseek-chat', 'instance 2 did not call DeepSeek deepseek-chat');
        await Promise.all([openAiCall.closed, deepSeekCall.closed]);
        assert(
          openAiCall.startedAt < deepSeekCall.endedAt && deepSeekCall.startedAt < openAiCall.endedAt,
          'the two upstream streams did not overlap: the runs were not concurrent',
        );
      },
    },

    {
      name: 'the settings follow what the server lists: reasoning effort for Anthropic, region and no seed for Bedrock',
      async run({ page, screenshot }) {
        await page.goto('/playground');
        await page.getByRole('button', { name: 'Parameters, base URL and headers' }).click();
        const settings = (label) => page.getByText(label, { exact: true });
        await settings('Seed').waitFor(); // OpenAI, the default instance, takes a seed

        await chooseListedModel(page, 1, 'claude-sonnet-4-5', 'Anthropic');
        await settings('Reasoning effort (reasoning models)').waitFor();
        await settings('Base URL').waitFor();
        assert(!(await settings('Seed').isVisible()), 'Anthropic shows a seed, which its API does not take');
        await screenshot('anthropic-settings');

        await chooseListedModel(page, 1, 'amazon.nova-pro-v1:0', 'AWS Bedrock');
        await settings('AWS region').waitFor();
        assert(!(await settings('Reasoning effort (reasoning models)').isVisible()), 'Bedrock shows reasoning effort');
        assert(!(await settings('Seed').isVisible()), 'Bedrock shows a seed');
        await screenshot('bedrock-settings');
      },
    },

    {
      name: 'a custom provider: created after Test connection (401, then ok), picked in the playground, run with its own key',
      async run({ page, screenshot }) {
        const key = 'sk-e2e-custom-provider-key-7777';
        const name = 'team-mock';
        mock.requireKey('custom', key);
        await page.goto('/settings/custom-providers');
        await page.getByRole('heading', { name: 'Custom Providers', level: 1 }).waitFor();
        await page.getByRole('button', { name: 'Add custom provider' }).click();
        const dialog = page.getByRole('dialog', { name: 'Add a custom provider' });
        await dialog.getByLabel('Name', { exact: true }).fill(name);
        await dialog.getByLabel('Provider label (optional)').fill('Mock upstream');
        await dialog.getByLabel('Base URL (optional)').fill(`${mock.url}/custom/v1`);
        const apiKey = dialog.getByLabel('API key', { exact: true });
        assert((await apiKey.getAttribute('type')) === 'password', 'the API key input is not masked');
        await apiKey.fill('sk-e2e-wrong-key-0000');
        // The mock speaks Chat Completions; custom providers default to Responses.
        await dialog.getByRole('combobox', { name: 'API type' }).click();
        await page.getByRole('option', { name: 'Chat Completions' }).click();
        await dialog.getByLabel('Headers (JSON object, optional)').fill('{"X-Team": "e2e"}');

        const result = dialog.getByRole('status', { name: 'Connection test result' });
        await dialog.getByRole('button', { name: 'Test connection' }).click();
        await expectText(result, /Connection failed · HTTP 401/, 'the test with a wrong key');
        await screenshot('custom-provider-test-failed', { fullPage: false });
        await apiKey.fill(key);
        await dialog.getByRole('button', { name: 'Test connection' }).click();
        await expectText(result, 'Connection OK · HTTP 200', 'the test with the right key');
        await screenshot('custom-provider-test-ok', { fullPage: false });
        const listed = mock.modelListCalls.filter((call) => call.provider === 'custom');
        assert(
          listed.map((call) => call.authorization).join() === `Bearer sk-e2e-wrong-key-0000,Bearer ${key}`,
          `the tests listed models with ${JSON.stringify(listed.map((call) => call.authorization))}`,
        );

        await dialog.getByRole('button', { name: 'Create provider' }).click();
        await dialog.waitFor({ state: 'detached' });
        const row = page.getByRole('table', { name: 'Custom providers' }).getByRole('row').filter({ hasText: name });
        await expectText(row, 'OpenAI', 'the new row');
        await expectText(row, '127.0.0.1', 'the host of the new row');
        await expectText(row, 'API key', 'the auth type of the new row');
        await expectText(row, 'Ready', 'the status of the new row');
        assert(!(await page.locator('body').innerText()).includes(key), 'the page shows the key');
        await screenshot('custom-providers-list');

        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Playground' }).click();
        await chooseListedModel(page, 1, 'gpt-4o-mini', name);
        await page.getByRole('button', { name: 'Parameters, routing and headers' }).click();
        const routing = page.getByLabel(`Routing of ${name}`);
        await expectText(routing, `${mock.url}/custom/v1`, 'the read-only routing');
        await expectText(routing, 'X-Team: e2e', 'the provider headers');
        await page.getByLabel('Custom headers (JSON object)').fill('{"X-Run": "e2e-run"}');
        await page.getByLabel('Content of message 2', { exact: true }).fill('Hello through the custom provider.');
        const seen = await recordTextChanges(output(page, 1).text);
        await page.getByRole('button', { name: 'Run instance 1', exact: true }).click();

        const call = await mock.waitForCall((c) => c.provider === 'custom');
        const out = output(page, 1);
        await expectText(out.text, replyFor('gpt-4o-mini'), 'the response text');
        await expectText(out.status, 'Finished', 'the status');
        await expectText(out.details, USAGE_TEXT, 'the usage');
        await expectText(out.details, /\bcustom provider\b/, 'the credential source');
        await expectStreamed(seen, 'gpt-4o-mini', 'the response');
        await screenshot('playground-custom-provider-run');

        assert(call.authorization === `Bearer ${key}`, `the custom path got ${call.authorization}`);
        assert(call.headers['x-team'] === 'e2e' && call.headers['x-run'] === 'e2e-run', `headers ${JSON.stringify(call.headers)}`);
        const envKeyUsed = [...mock.calls, ...mock.modelListCalls].some((c) => c.authorization === `Bearer ${SERVER_OPENAI_KEY}`);
        assert(!envKeyUsed, 'the server environment key reached the mock');
        const stored = await storedCredentials(page);
        assert(!`${stored.local}${stored.session}${stored.playground}`.includes(key), 'the custom key is in browser storage');

        await page.reload();
        await expectText(
          page.getByRole('button', { name: /^Model for instance 1:/ }),
          `${name} · gpt-4o-mini`,
          'the model picker after a reload',
        );
      },
    },

    {
      name: 'a saved prompt: saved from the playground, version 2, tagged production, opened by tag, run with a variable, diffed',
      async run({ page, screenshot }) {
        const name = 'e2e-support';
        const v1 = 'Tell me about {{ topic }}.';
        const v2 = 'Tell me about {{ topic }} in two sentences.';
        await page.goto('/playground');
        await page.getByLabel('Content of message 1', { exact: true }).fill('You answer questions about {{ topic }}.');
        await page.getByLabel('Content of message 2', { exact: true }).fill(v1);
        await page.getByRole('region', { name: 'Variables' }).getByLabel('Variable topic', { exact: true }).waitFor();

        // Version 1: a new prompt.
        const instance = page.getByRole('region', { name: 'Instance 1', exact: true });
        await page.getByRole('button', { name: 'Save instance 1 as a prompt' }).click();
        let dialog = page.getByRole('dialog', { name: 'Save instance 1' });
        await dialog.getByLabel('Name', { exact: true }).fill(name);
        await dialog.getByLabel('Description').fill('Answers support questions');
        await screenshot('prompt-save-new', { fullPage: false });
        await dialog.getByRole('button', { name: 'Save prompt' }).click();
        await dialog.waitFor({ state: 'detached' });
        await expectText(instance, `Prompt ${name} · version 1`, 'the source line after saving version 1');

        // Version 2: the next version of the prompt the instance came from.
        await page.getByLabel('Content of message 2', { exact: true }).fill(v2);
        await page.getByRole('button', { name: 'Save instance 1 as a prompt' }).click();
        dialog = page.getByRole('dialog', { name: 'Save instance 1' });
        await dialog.getByRole('radio', { name: `New version of ${name}` }).waitFor();
        assert(
          (await dialog.getByRole('radio', { name: `New version of ${name}` }).getAttribute('aria-checked')) === 'true',
          'Save does not offer the next version of the prompt the instance came from first',
        );
        await dialog.getByLabel('What changed').fill('Ask for two sentences');
        await dialog.getByRole('button', { name: `Save version of ${name}` }).click();
        await dialog.waitFor({ state: 'detached' });
        await expectText(instance, `Prompt ${name} · version 2`, 'the source line after saving version 2');

        // The list, then the prompt's page: tag version 2 as production.
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Prompts' }).click();
        const row = page.getByRole('table', { name: 'Prompts' }).getByRole('row').filter({ hasText: name });
        await expectText(row, 'Version 2', 'the latest version in the list');
        await expectText(row, 'Answers support questions', 'the description in the list');
        await screenshot('prompts-list');
        await row.getByRole('link', { name, exact: true }).click();
        await page.getByRole('heading', { name, level: 1 }).waitFor();
        const timeline = page.getByRole('navigation', { name: 'Versions' });
        await expectText(timeline, /Version 2[\s\S]*Ask for two sentences[\s\S]*Version 1/, 'the timeline, newest first');
        await page.getByLabel('Tag this version').fill('production');
        await page.getByRole('button', { name: 'Tag version 2' }).click();
        await expectText(timeline.getByRole('button', { name: /^Version 2/ }), 'production', 'the tag in the timeline');
        await screenshot('prompt-version');

        // Open the tag in the playground, fill the variable, run.
        await page.getByRole('tab', { name: /^Tags/ }).click();
        await screenshot('prompt-tags');
        await page.getByRole('link', { name: 'Open tag production in playground' }).click();
        await expectText(
          page.getByRole('status', { name: 'Opened prompt' }),
          `Opened ${name} version 2 (tag production) in instance 1.`,
          'the notice after opening the tag',
        );
        assert(
          (await page.getByLabel('Content of message 2', { exact: true }).inputValue()) === v2,
          'the playground did not load version 2 of the messages',
        );
        assert(new URL(page.url()).search === '', `the link stayed in the address: ${page.url()}`);
        await expectText(instance, `Prompt ${name} · version 2 · tag production`, 'the source line after opening the tag');
        await page.getByLabel('Variable topic', { exact: true }).fill('tides');
        await page.getByRole('button', { name: 'Run instance 1', exact: true }).click();

        const call = await mock.waitForCall((c) => JSON.stringify(c.request.messages).includes('tides'));
        await expectFinishedRun(page, 1, 'gpt-4o-mini', 'OPENAI_API_KEY', 'server environment');
        await screenshot('playground-prompt-run');
        const sent = call.request.messages.map((m) => [m.role, m.content]);
        assert(
          JSON.stringify(sent) ===
            JSON.stringify([
              ['system', 'You answer questions about tides.'],
              ['user', 'Tell me about tides in two sentences.'],
            ]),
          `the upstream received ${JSON.stringify(sent)}`,
        );

        // The diff between versions 1 and 2, from the prompt's page.
        await instance.getByRole('link', { name, exact: true }).click();
        await page.getByRole('heading', { name, level: 1 }).waitFor();
        await page.getByRole('tab', { name: 'Compare versions' }).click();
        const messages = page.getByLabel('Message changes');
        await expectText(messages.locator('del'), `− ${v1}`, 'the removed line of the diff');
        await expectText(messages.locator('ins'), `+ ${v2}`, 'the added line of the diff');
        await expectText(page.getByRole('region', { name: 'Compare versions' }), 'Parameters', 'the parameters section');
        await screenshot('prompt-diff');
      },
    },

    {
      name: 'a server secret stored in Settings → AI Providers (Secrets) runs without a browser key',
      async run({ page, screenshot }) {
        const secret = 'sk-e2e-server-secret-5555';
        await page.goto('/settings/providers');
        await page.getByRole('button', { name: 'Edit OpenAI credentials', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'OpenAI credentials' });
        await dialog.getByRole('radio', { name: 'Secrets', exact: true }).click();
        await expectText(dialog, 'not stored', 'the secret status before saving');
        await dialog.getByLabel('OPENAI_API_KEY', { exact: true }).fill(secret);
        await dialog.getByRole('button', { name: 'Save secrets', exact: true }).click();
        await expectText(dialog.getByRole('status'), 'Saved OPENAI_API_KEY.', 'the save confirmation');
        await until(
          'the secret status after saving',
          () => dialog.innerText(),
          (text) => /\bstored\b/.test(text.replaceAll('not stored', '')),
        );
        assert(!(await dialog.innerText()).includes(secret), 'the dialog shows the secret value');
        await screenshot('settings-secret-saved', { fullPage: false });
        await dialog.getByRole('button', { name: 'Close', exact: true }).click();

        const openAi = page
          .getByRole('table', { name: 'AI providers' })
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: 'OpenAI', exact: true }) });
        await expectText(openAi, 'server secret', 'the OpenAI row after saving');
        await expectText(openAi, 'Ready', 'the OpenAI status after saving');
        await screenshot('settings-providers-with-secret');

        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Playground' }).click();
        await page.getByRole('heading', { name: 'Playground', level: 1 }).waitFor();
        await page.getByLabel('Content of message 2', { exact: true }).fill('Use the server secret.');
        await page.getByRole('button', { name: 'Run instance 1', exact: true }).click();

        const call = await mock.waitForCall((c) => c.authorization === `Bearer ${secret}`);
        await expectFinishedRun(page, 1, 'gpt-4o-mini', 'OPENAI_API_KEY', 'server secret');
        await screenshot('playground-run-with-secret');
        assert(call.model === 'gpt-4o-mini', `the upstream was asked for ${call.model}`);
        const stored = await storedCredentials(page);
        assert(
          !`${stored.local}${stored.session}`.includes(secret),
          'the server secret ended up in browser storage',
        );
        const apiKeys = await page.getByRole('button', { name: /^API Keys/ }).getAttribute('aria-label');
        assert(apiKeys === 'API Keys (0 stored in this browser)', `the browser holds keys: ${apiKeys}`);
      },
    },
  ];
}
