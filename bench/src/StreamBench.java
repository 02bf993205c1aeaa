import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Streaming client of the benchmark. Prints one JSON line of results (percentiles in microseconds).
 *
 * Modes (arguments are key=value):
 *   stream url=URL body=FILE [header=Name:Value ...] [n=20] [warmup=5] [warmupSeconds=0] [chunks=50]
 *          [selfWarmupMs=5000] [timeout=120000] [label=X]
 *     Sequential streaming requests on one keep-alive connection, with blocking reads ({@link StreamClient}).
 *     First, when n > 0, the client warms itself up: it records one response of the target and plays it
 *     back from a local loopback server until its own code is compiled (at most selfWarmupMs). Then
 *     unmeasured requests to the target for warmupSeconds, `warmup` more, then the n measured ones (n=0:
 *     a pure warm-up of the target). Per request: time to the first byte of the response (ttfb), to the
 *     first content event (ttfe, the first that carries a mock stamp "ts<nanos>"), to the end of the
 *     response (total); per content event: forwarding latency (arrival minus the mock's stamp; both are
 *     System.nanoTime, i.e. CLOCK_MONOTONIC, shared by the processes of one machine) and the gap since the
 *     previous one. Also reported: the client's own JIT time and GC count during the measured requests
 *     (both should be 0) and how many connections it opened (1: keep-alive held).
 *   stress url=URL body=FILE [header=...] [streams=2000] [ramp=3000] [chunks=N] [pid=PID]
 *          [probe=URL] [probeEvery=100] [timeout=120000] [label=X]
 *     Concurrent streams on a Vert.x client, see {@link StressBench}.
 */
public class StreamBench {

    static final class Args {
        final Map<String, String> values = new LinkedHashMap<>();
        final List<String[]> headers = new ArrayList<>();

        Args(String[] argv, int from) {
            for (int i = from; i < argv.length; i++) {
                int eq = argv[i].indexOf('=');
                String k = argv[i].substring(0, eq), v = argv[i].substring(eq + 1);
                if (k.equals("header")) {
                    int c = v.indexOf(':');
                    headers.add(new String[]{v.substring(0, c).trim(), v.substring(c + 1).trim()});
                } else {
                    values.put(k, v);
                }
            }
        }

        String str(String k, String d) {
            return values.getOrDefault(k, d);
        }

        int num(String k, int d) {
            return values.containsKey(k) ? Integer.parseInt(values.get(k)) : d;
        }
    }

    public static void main(String[] argv) throws Exception {
        String mode = argv[0];
        Args a = new Args(argv, 1);
        String out;
        switch (mode) {
            case "stream":
                out = stream(a);
                break;
            case "stress":
                out = StressBench.stress(a);
                break;
            default:
                throw new IllegalArgumentException("mode: stream or stress");
        }
        System.out.println(out);
    }

    static String stream(Args a) throws Exception {
        byte[] body = Files.readAllBytes(Path.of(a.str("body", null)));
        int n = a.num("n", 20), warmup = a.num("warmup", 5), expected = a.num("chunks", 50);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", a.str("label", "stream"));
        // The first reading sets up the management beans (lambdas, class spinning): not in the measured window.
        jitMillis();
        gcCount();
        try (StreamClient client = new StreamClient(URI.create(a.str("url", null)), a.headers, body,
                a.num("timeout", 120_000));
             SelfWarmUp self = n > 0 ? new SelfWarmUp(client, expected, a.num("selfWarmupMs", 5000)) : null) {
            if (self != null) {
                self.report(m);
            }
            long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(a.num("warmupSeconds", 0));
            while (System.nanoTime() < warmUntil) {
                client.exchange(expected);
            }
            for (int i = 0; i < warmup; i++) {
                client.exchange(expected);
            }
            // Nothing but the requests themselves between the two readings of the counters.
            long jit0 = jitMillis(), gc0 = gcCount();
            List<StreamRun> runs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                runs.add(client.exchange(expected));
            }
            long jit1 = jitMillis(), gc1 = gcCount();
            summarise(m, runs);
            m.put("clientJitMs", jit1 - jit0);
            m.put("clientGcs", gc1 - gc0);
            m.put("connections", client.connections());
        }
        return json(m);
    }

    /**
     * The client's own warm-up: one recorded response of the target, played back locally until the JIT has
     * nothing left to compile (no new compilation time over the last 500 ms, at least 1 s, at most maxMillis).
     * Stays open until the measurement is over: closing the local connection takes end-of-stream paths that
     * the compiled socket code has never seen, and would deoptimise it right before the measured requests.
     */
    static final class SelfWarmUp implements AutoCloseable {
        ReplayServer replay;
        StreamClient local;
        int exchanges;
        long millis;
        /** Why there was no self warm-up: the recorded exchange failed (the measured ones will say more). */
        String skipped;

        SelfWarmUp(StreamClient client, int expected, int maxMillis) throws Exception {
            String[] failure = {null};
            byte[] recorded = client.record(expected, failure);
            if (recorded == null) {
                skipped = failure[0];
                return;
            }
            replay = new ReplayServer(recorded, client.requestLength());
            local = client.replaying(replay);
            long start = System.nanoTime(), end = start + TimeUnit.MILLISECONDS.toNanos(maxMillis);
            long quietSince = start, jit = jitMillis();
            while (System.nanoTime() < end) {
                long sliceEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
                while (System.nanoTime() < sliceEnd) {
                    local.exchange(expected);
                    exchanges++;
                }
                long now = System.nanoTime(), j = jitMillis();
                if (j != jit) {
                    jit = j;
                    quietSince = now;
                }
                if (now - start > TimeUnit.SECONDS.toNanos(1) && now - quietSince > TimeUnit.MILLISECONDS.toNanos(500)) {
                    break;
                }
            }
            millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }

        void report(Map<String, Object> m) {
            m.put("selfWarmup", exchanges);
            m.put("selfWarmupMs", millis);
            if (skipped != null) {
                m.put("selfWarmupSkipped", skipped);
            }
        }

        @Override
        public void close() throws Exception {
            if (local != null) {
                local.close();
                replay.close();
            }
        }
    }

    /** TTFE, totals, chunk latencies and gaps of the runs without errors; the errors counted. */
    static void summarise(Map<String, Object> m, List<StreamRun> runs) {
        List<Long> ttfb = new ArrayList<>(), ttfe = new ArrayList<>(), total = new ArrayList<>(),
                lat = new ArrayList<>(), gaps = new ArrayList<>();
        int errors = 0;
        String firstError = null;
        for (StreamRun r : runs) {
            if (r.error != null) {
                errors++;
                if (firstError == null) {
                    firstError = r.error;
                }
                continue;
            }
            ttfb.add(r.ttfb);
            ttfe.add(r.ttfe);
            total.add(r.total);
            for (int i = 0; i < Math.min(r.contentChunks, r.chunkLatency.length); i++) {
                lat.add(r.chunkLatency[i]);
            }
            for (int i = 0; i < r.gapCount; i++) {
                gaps.add(r.gaps[i]);
            }
        }
        m.put("n", runs.size());
        m.put("errors", errors);
        if (firstError != null) {
            m.put("firstError", firstError);
        }
        pct(m, "ttfb", ttfb, 50, 99);
        pct(m, "ttfe", ttfe, 0, 50, 90, 99);
        pct(m, "total", total, 50, 99);
        pct(m, "chunk", lat, 0, 50, 90, 99, 100);
        pct(m, "gap", gaps, 0, 1, 50, 99, 100);
    }

    static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /** Adds name_pXX (µs) for each percentile; p100 is the max, p0 the min. */
    static void pct(Map<String, Object> m, String name, List<Long> values, int... ps) {
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(v);
        for (int p : ps) {
            String key = name + "_" + (p == 100 ? "max" : p == 0 ? "min" : "p" + p);
            if (v.length == 0) {
                m.put(key, null);
            } else {
                int idx = (int) Math.ceil(p / 100.0 * v.length) - 1;
                m.put(key, Math.round(v[Math.max(0, Math.min(v.length - 1, idx))] / 100.0) / 10.0);
            }
        }
    }

    static String json(Map<String, Object> m) {
        StringBuilder sb = new StringBuilder("{");
        for (var e : m.entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(e.getKey()).append("\":");
            Object v = e.getValue();
            if (v == null || v instanceof Number) {
                sb.append(v);
            } else {
                sb.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")
                        .replace("\n", "\\n").replace("\r", "")).append('"');
            }
        }
        return sb.append('}').toString();
    }
}
