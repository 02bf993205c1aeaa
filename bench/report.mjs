// Turns bench/run.sh's results.jsonl into Markdown tables (medians over the alternating rounds).
//   node bench/report.mjs results.jsonl
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const meta = rows.find((r) => r.scenario === 'meta') ?? {};

const median = (xs) => {
  const v = xs.filter((x) => x !== null && x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const fmt = (x, digits = 0) => (x === null || x === undefined ? '–' : Number(x).toFixed(digits));
const signed = (x, digits = 0) => (x === null || x === undefined ? '–' : (x >= 0 ? '+' : '') + Number(x).toFixed(digits));
const pick = (scenario, label) => rows.filter((r) => r.scenario === scenario && r.label === label);
const rounds = (rs) => [...new Set(rs.map((r) => r.round))];
/** Median over rounds of f(targetRow, baselineRow) for rounds where both exist. */
const paired = (ts, bs, f) => median(ts.map((t) => {
  const b = bs.find((x) => x.round === t.round && (x.c === undefined || x.c === t.c));
  return b ? f(t, b) : null;
}));

const NAMES = {
  direct: 'direct (stream:false)',
  'direct-sse': 'direct (stream:true)',
  floor: 'floor: Vert.x pass-through proxy (stream:false)',
  'floor-sse': 'floor: Vert.x pass-through proxy (stream:true)',
  'sb-json': 'Switchboard JSON',
  'sb-sse': 'Switchboard SSE',
  portkey: 'Portkey (stream:false)',
  'portkey-sse': 'Portkey (stream:true)',
};
const BASE = {
  direct: 'direct', floor: 'direct', 'sb-json': 'direct', portkey: 'direct',
  'direct-sse': 'direct-sse', 'floor-sse': 'direct-sse', 'sb-sse': 'direct-sse', 'portkey-sse': 'direct-sse',
};
const out = [];

// ---- non-streaming
const ns = rows.filter((r) => r.scenario === 'nonstream');
if (ns.length) {
  out.push(`### Non-streaming (${meta.nonstreamChunks ?? 5}-token answer; wrk, ${meta.wrkSeconds ?? '?'} s per cell, median of ${rounds(ns).length} alternating rounds; µs)`);
  out.push('');
  out.push('| target | conc. | req/s | % of baseline | p50 | p99 | added p50 | added p99 | server CPU % | mock CPU % | errors |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const cs = [...new Set(ns.map((r) => r.c))].sort((a, b) => a - b);
  for (const c of cs) {
    for (const label of Object.keys(NAMES)) {
      const ts = ns.filter((r) => r.label === label && r.c === c);
      if (!ts.length) continue;
      const bs = ns.filter((r) => r.label === BASE[label] && r.c === c);
      const self = label === BASE[label];
      out.push(`| ${NAMES[label]} | ${c} | ${fmt(median(ts.map((r) => r.rps)))} | ${self ? '' : fmt(paired(ts, bs, (t, b) => 100 * t.rps / b.rps)) + ' %'} | `
        + `${fmt(median(ts.map((r) => r.p50)))} | ${fmt(median(ts.map((r) => r.p99)))} | `
        + `${self ? '' : signed(paired(ts, bs, (t, b) => t.p50 - b.p50))} | ${self ? '' : signed(paired(ts, bs, (t, b) => t.p99 - b.p99))} | `
        + `${fmt(median(ts.map((r) => r.serverCpu)))} | ${fmt(median(ts.map((r) => r.mockCpu)))} | ${ts.reduce((s, r) => s + r.errors + r.non2xx, 0)} |`);
    }
  }
  out.push('');
  out.push('Baseline: the direct row with the same `stream` flag (Switchboard JSON asks the upstream for the whole answer, '
    + '`stream:false`; Switchboard SSE streams). "server CPU" is the process under test (for direct rows: the mock), over the measurement; '
    + 'wrk and the mock share the load core, so the direct rows are bounded by that one core. '
    + 'The floor is a minimal Vert.x proxy on the server core (`bench/src/Proxy.java`) that pipes the mock\'s answer through: '
    + 'what it adds (a second process on the other core, one more HTTP hop) any gateway pays on this setup; '
    + 'what Switchboard adds beyond the floor is its own.');
  out.push('');
}

// ---- streaming latency
for (const [scenario, title] of [['burst', 'burst (all chunks back to back)'], ['paced', `paced (${meta.paceMs ?? '?'} ms between chunks)`]]) {
  const ss = rows.filter((r) => r.scenario === scenario);
  if (!ss.length) continue;
  const chunks = meta.chunks ?? 50;
  out.push(`### Streaming, ${chunks} chunks, ${title} — sequential requests, median of ${rounds(ss).length} rounds; µs`);
  out.push('');
  out.push('| target | n | errors | TTFE p50 | TTFE p99 | added TTFE p50 | total p50 | total p99 | added per chunk | chunk latency p50 | p99 | max | added chunk p50 | added chunk p99 | gap min | gap p1 |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const label of ['direct-sse', 'floor-sse', 'sb-sse', 'portkey-sse']) {
    const ts = ss.filter((r) => r.label === label);
    if (!ts.length) continue;
    const bs = ss.filter((r) => r.label === 'direct-sse');
    const self = label === 'direct-sse';
    const perChunk = paired(ts, bs, (t, b) => ((t.total_p50 - b.total_p50) - (t.ttfe_p50 - b.ttfe_p50)) / Math.max(1, chunks - 1));
    out.push(`| ${NAMES[label]} | ${ts.reduce((s, r) => s + r.n, 0)} | ${ts.reduce((s, r) => s + r.errors, 0)} | `
      + `${fmt(median(ts.map((r) => r.ttfe_p50)))} | ${fmt(median(ts.map((r) => r.ttfe_p99)))} | ${self ? '' : signed(paired(ts, bs, (t, b) => t.ttfe_p50 - b.ttfe_p50))} | `
      + `${fmt(median(ts.map((r) => r.total_p50)))} | ${fmt(median(ts.map((r) => r.total_p99)))} | ${self ? '' : signed(perChunk, 1)} | `
      + `${fmt(median(ts.map((r) => r.chunk_p50)))} | ${fmt(median(ts.map((r) => r.chunk_p99)))} | ${fmt(median(ts.map((r) => r.chunk_max)))} | `
      + `${self ? '' : signed(paired(ts, bs, (t, b) => t.chunk_p50 - b.chunk_p50))} | ${self ? '' : signed(paired(ts, bs, (t, b) => t.chunk_p99 - b.chunk_p99))} | `
      + `${fmt(median(ts.map((r) => r.gap_min)))} | ${fmt(median(ts.map((r) => r.gap_p1)))} |`);
  }
  out.push('');
}
if (rows.some((r) => r.scenario === 'burst' || r.scenario === 'paced')) {
  out.push('TTFE: request written → the read that returned the first event carrying content (for Switchboard the `start` event arrives with it). '
    + 'Chunk latency: that read\'s time minus the mock\'s `System.nanoTime()` written into the chunk just before it was sent '
    + '(one machine, one monotonic clock). Added per chunk: (added total − added TTFE) / (chunks − 1). '
    + 'Gap min / p1: time between consecutive content events at the client; in the paced scenario a value far below the '
    + 'pacing means chunks were batched. In the burst scenario the client shares its core with the mock and cannot read before '
    + 'the mock has written the whole burst: there direct TTFE ≈ total, and the gaps are 0. '
    + 'Portkey sleeps 25 ms before its first streamed chunk (see its run.sh), which shows in its TTFE.');
  out.push('');
  const sc = rows.filter((r) => (r.scenario === 'burst' || r.scenario === 'paced') && r.clientJitMs !== undefined);
  if (sc.length) {
    out.push(`Stream client self-check over ${sc.length} runs: JIT compilation during the measured requests at most `
      + `${Math.max(...sc.map((r) => r.clientJitMs))} ms, ${sc.reduce((s, r) => s + r.clientGcs, 0)} GCs, at most `
      + `${Math.max(...sc.map((r) => r.connections))} connection(s) per run (1: one keep-alive connection throughout).`);
    out.push('');
  }
}

// ---- stress
const st = rows.filter((r) => r.scenario === 'stress');
if (st.length) {
  out.push(`### ${meta.stressStreams ?? '?'} concurrent paced streams held ${meta.stressSeconds ?? '?'} s (a chunk every ${meta.stressPaceMs ?? '?'} ms)`);
  out.push('');
  out.push('| target | streams | ok | errors | max open | server RSS peak MB | RSS at end MB | chunk latency p50 µs | p99 µs | probe p50 µs | probe p99 µs | probe max µs | probes (errors) |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of st) {
    out.push(`| ${NAMES[r.label]} | ${r.streams} | ${r.ok} | ${r.errors} | ${r.maxOpen} | ${fmt(r.rssPeakMB)} | ${fmt(r.rssEndMB)} | `
      + `${fmt(r.chunk_p50)} | ${fmt(r.chunk_p99)} | ${fmt(r.probe_p50)} | ${fmt(r.probe_p99)} | ${fmt(r.probe_max)} | ${r.probes} (${r.probeErrors}) |`);
  }
  const errs = st.filter((r) => r.errorSamples);
  for (const r of errs) out.push('', `${NAMES[r.label]} errors, first ones: ${r.errorSamples.slice(0, 600)}`);
  out.push('');
  out.push('Server RSS: VmRSS of the process under test (for direct: the mock), sampled every 250 ms. Probe: a GET on its own '
    + 'connection every 100 ms during the load (Switchboard `/q/health/live`, Portkey `/`, mock `/`) — event-loop health.');
  out.push('');
}

// ---- start-up
const up = rows.filter((r) => r.scenario === 'startup');
if (up.length) {
  out.push('### Start-up to ready (JVM, embedded database excluded)');
  out.push('');
  out.push(`| runs | ready | exec → /q/health/ready UP, median ms | min ms | max ms | Quarkus "started in", median s |`);
  out.push('|---:|---:|---:|---:|---:|---:|');
  const ms = up.map((r) => r.readyMs);
  out.push(`| ${up.length} | ${up.filter((r) => r.ready).length} | ${fmt(median(ms))} | ${fmt(Math.min(...ms))} | ${fmt(Math.max(...ms))} | ${fmt(median(up.map((r) => r.quarkusStartedS)), 3)} |`);
  out.push('');
  out.push('A second Switchboard, pinned to the server core, started with `DB_URL` pointing at the already running, already '
    + 'migrated embedded PostgreSQL of the instance under test; timed from exec to the first `/q/health/ready` answer with status UP (polled every 10 ms).');
  out.push('');
}
console.log(out.join('\n'));
