import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Streaming load client for the benchmark (one Vert.x event loop). Prints one JSON line of results.
 *
 * Modes (arguments are key=value):
 *   stream url=URL body=FILE [header=Name:Value ...] [n=20] [warmup=5] [warmupSeconds=0] [chunks=50] [label=X]
 *     Sequential streaming requests: unmeasured ones for warmupSeconds, then `warmup` more unmeasured
 *     ones, then the n measured ones (n=0: a pure warm-up). Per request: time to first byte of the
 *     body, time to the first content event (the first that carries a mock timestamp "ts<nanos>"),
 *     total time to the end of the response; per chunk: forwarding latency (arrival minus the mock's
 *     send time; both are System.nanoTime, i.e. CLOCK_MONOTONIC, shared by processes on one machine)
 *     and the gap since the previous content chunk. Percentiles in microseconds.
 *   stress url=URL body=FILE [header=...] [streams=2000] [ramp=3000] [chunks=N] [pid=PID]
 *          [probe=URL] [probeEvery=100] [timeout=120000] [label=X]
 *     Opens `streams` streams (spread over `ramp` ms) and holds them until each ends; meanwhile samples
 *     the server's VmRSS from /proc/PID/status every 250 ms and sends a GET to `probe` every probeEvery
 *     ms on its own connection (event-loop health: its latency while the server carries the streams).
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

    /** Result of one streamed request. */
    static final class Run {
        long start;
        long ttfb = -1;
        long ttfe = -1;
        long total = -1;
        long lastContent = -1;
        int contentChunks;
        int status;
        String error;
        final long[] chunkLatency;
        final long[] gaps;
        int gapCount;
        final StringBuilder carry = new StringBuilder();

        Run(int expected) {
            chunkLatency = new long[Math.max(expected, 1) + 8];
            gaps = new long[Math.max(expected, 1) + 8];
        }

        void onData(Buffer buf, long now) {
            if (ttfb < 0) {
                ttfb = now - start;
            }
            carry.append(buf.toString(StandardCharsets.UTF_8));
            int end;
            while ((end = eventEnd(carry)) >= 0) {
                String event = carry.substring(0, end);
                carry.delete(0, end + 2);
                onEvent(event, now);
            }
        }

        static int eventEnd(StringBuilder sb) {
            int i = sb.indexOf("\n\n");
            int j = sb.indexOf("\r\n\r\n");
            return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
        }

        void onEvent(String event, long now) {
            if (event.startsWith("event: error") || event.contains("\nevent: error")) {
                error = "error event: " + event.substring(0, Math.min(200, event.length()));
            }
            int ts = event.indexOf("ts");
            while (ts >= 0) {
                int d = ts + 2, e = d;
                while (e < event.length() && Character.isDigit(event.charAt(e))) {
                    e++;
                }
                if (e - d >= 6) {
                    long sent = Long.parseLong(event.substring(d, e));
                    if (ttfe < 0) {
                        ttfe = now - start;
                    } else if (gapCount < gaps.length) {
                        gaps[gapCount++] = now - lastContent;
                    }
                    if (contentChunks < chunkLatency.length) {
                        chunkLatency[contentChunks] = now - sent;
                    }
                    contentChunks++;
                    lastContent = now;
                    return;
                }
                ts = event.indexOf("ts", ts + 2);
            }
        }
    }

    static Vertx vertx;
    static HttpClient client;

    public static void main(String[] argv) throws Exception {
        String mode = argv[0];
        Args a = new Args(argv, 1);
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setPreferNativeTransport(true)
                .setBlockedThreadCheckInterval(60_000));
        int pool = a.num("streams", 1) + 16;
        client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(pool).setKeepAlive(true)
                .setTcpNoDelay(true).setIdleTimeout(0).setConnectTimeout(30_000).setPipelining(false));
        String out;
        try {
            out = switch (mode) {
                case "stream" -> stream(a);
                case "stress" -> stress(a);
                default -> throw new IllegalArgumentException("mode: stream or stress");
            };
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        System.out.println(out);
    }

    static RequestOptions options(Args a) {
        RequestOptions o = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(a.str("url", null))
                .setTimeout(a.num("timeout", 120_000));
        o.putHeader("Content-Type", "application/json");
        for (String[] h : a.headers) {
            o.putHeader(h[0], h[1]);
        }
        return o;
    }

    /** One streamed request; completes when the response ended or failed. */
    static Future<Run> once(RequestOptions options, Buffer body, int expected) {
        Promise<Run> done = Promise.promise();
        Run run = new Run(expected);
        vertx.runOnContext(v -> {
            run.start = System.nanoTime();
            client.request(options).compose(req -> req.send(body)).onComplete(ar -> {
                if (ar.failed()) {
                    run.error = "request: " + ar.cause();
                    done.tryComplete(run);
                    return;
                }
                var res = ar.result();
                run.status = res.statusCode();
                res.handler(buf -> run.onData(buf, System.nanoTime()));
                res.exceptionHandler(e -> {
                    run.error = "response: " + e;
                    done.tryComplete(run);
                });
                res.endHandler(x -> {
                    run.total = System.nanoTime() - run.start;
                    if (run.status != 200 && run.error == null) {
                        run.error = "status " + run.status + ": " + run.carry.substring(0, Math.min(300, run.carry.length()));
                    } else if (run.error == null && expected > 0 && run.contentChunks != expected) {
                        run.error = "got " + run.contentChunks + " of " + expected + " content chunks";
                    }
                    done.tryComplete(run);
                });
            });
        });
        return done.future();
    }

    static String stream(Args a) throws Exception {
        RequestOptions options = options(a);
        Buffer body = Buffer.buffer(Files.readAllBytes(Path.of(a.str("body", null))));
        int n = a.num("n", 20), warmup = a.num("warmup", 5), expected = a.num("chunks", 50);
        long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(a.num("warmupSeconds", 0));
        while (System.nanoTime() < warmUntil) {
            once(options, body, expected).toCompletionStage().toCompletableFuture().get(300, TimeUnit.SECONDS);
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < warmup + n; i++) {
            Run r = once(options, body, expected).toCompletionStage().toCompletableFuture().get(300, TimeUnit.SECONDS);
            if (i >= warmup) {
                runs.add(r);
            }
        }
        List<Long> ttfb = new ArrayList<>(), ttfe = new ArrayList<>(), total = new ArrayList<>(),
                lat = new ArrayList<>(), gaps = new ArrayList<>();
        int errors = 0;
        String firstError = null;
        for (Run r : runs) {
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
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", a.str("label", "stream"));
        m.put("n", runs.size());
        m.put("errors", errors);
        if (firstError != null) {
            m.put("firstError", firstError);
        }
        pct(m, "ttfb", ttfb, 50, 99);
        pct(m, "ttfe", ttfe, 50, 90, 99);
        pct(m, "total", total, 50, 99);
        pct(m, "chunk", lat, 50, 90, 99, 100);
        pct(m, "gap", gaps, 0, 1, 50, 99, 100);
        return json(m);
    }

    static String stress(Args a) throws Exception {
        RequestOptions options = options(a);
        Buffer body = Buffer.buffer(Files.readAllBytes(Path.of(a.str("body", null))));
        int streams = a.num("streams", 2000), ramp = a.num("ramp", 3000), expected = a.num("chunks", -1);
        int pid = a.num("pid", -1);
        String probe = a.str("probe", null);
        int probeEvery = a.num("probeEvery", 100);

        AtomicInteger open = new AtomicInteger(), maxOpen = new AtomicInteger(), ok = new AtomicInteger(),
                failed = new AtomicInteger();
        List<String> errorSamples = new ArrayList<>();
        List<Long> lat = new ArrayList<>(), probes = new ArrayList<>();
        long[] rss = {0, 0};
        int[] probeErrors = {0};
        CountDownLatch finished = new CountDownLatch(streams);
        long t0 = System.nanoTime();

        // Server RSS sampler (a worker thread, not on the event loop).
        Thread sampler = new Thread(() -> {
            while (finished.getCount() > 0) {
                long kb = vmRss(pid);
                synchronized (rss) {
                    rss[0] = Math.max(rss[0], kb);
                    rss[1] = kb;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        if (pid > 0) {
            sampler.setDaemon(true);
            sampler.start();
        }

        // Probe on its own client and connection.
        HttpClient probeClient = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(1).setKeepAlive(true)
                .setTcpNoDelay(true).setConnectTimeout(10_000));
        long probeTimer = probe == null ? -1 : vertx.setPeriodic(probeEvery, id -> {
            long s = System.nanoTime();
            probeClient.request(new RequestOptions().setAbsoluteURI(probe).setTimeout(10_000))
                    .compose(req -> req.send().compose(res -> res.body().map(b -> res.statusCode())))
                    .onComplete(ar -> {
                        if (ar.succeeded() && ar.result() < 500) {
                            probes.add(System.nanoTime() - s);
                        } else {
                            probeErrors[0]++;
                        }
                    });
        });

        for (int i = 0; i < streams; i++) {
            long at = ramp <= 0 ? 0 : (long) i * ramp / streams;
            Runnable go = () -> {
                int now = open.incrementAndGet();
                maxOpen.accumulateAndGet(now, Math::max);
                once(options, body, expected).onComplete(ar -> {
                    open.decrementAndGet();
                    Run r = ar.result();
                    if (r.error == null) {
                        ok.incrementAndGet();
                        for (int k = 0; k < Math.min(r.contentChunks, r.chunkLatency.length); k++) {
                            lat.add(r.chunkLatency[k]);
                        }
                    } else {
                        failed.incrementAndGet();
                        if (errorSamples.size() < 5) {
                            errorSamples.add(r.error);
                        }
                    }
                    finished.countDown();
                });
            };
            if (at == 0) {
                vertx.runOnContext(v -> go.run());
            } else {
                vertx.setTimer(at, id -> go.run());
            }
        }
        boolean all = finished.await(a.num("timeout", 120_000) + ramp + 10_000L, TimeUnit.MILLISECONDS);
        long elapsed = System.nanoTime() - t0;
        if (probeTimer >= 0) {
            vertx.cancelTimer(probeTimer);
        }
        Thread.sleep(300);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", a.str("label", "stress"));
        m.put("streams", streams);
        m.put("ok", ok.get());
        m.put("errors", failed.get() + (all ? 0 : (int) finished.getCount()));
        m.put("maxOpen", maxOpen.get());
        m.put("seconds", Math.round(elapsed / 1e7) / 100.0);
        if (!errorSamples.isEmpty()) {
            m.put("errorSamples", errorSamples.toString());
        }
        synchronized (rss) {
            m.put("rssPeakMB", Math.round(rss[0] / 102.4) / 10.0);
            m.put("rssEndMB", Math.round(rss[1] / 102.4) / 10.0);
        }
        if (pid > 0) {
            m.put("hwmMB", Math.round(vmField(pid, "VmHWM:") / 102.4) / 10.0);
        }
        synchronized (lat) {
            pct(m, "chunk", lat, 50, 99, 100);
        }
        m.put("probes", probes.size());
        m.put("probeErrors", probeErrors[0]);
        pct(m, "probe", probes, 50, 99, 100);
        return json(m);
    }

    static long vmRss(int pid) {
        return vmField(pid, "VmRSS:");
    }

    static long vmField(int pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // process gone
        }
        return 0;
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
