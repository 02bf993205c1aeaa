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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stress mode of {@link StreamBench}: thousands of concurrent streams need an event loop, not a
 * thread each, so this one is a Vert.x client (one event loop). Its latencies are for orders of
 * magnitude under load; the precise sequential measurements are the blocking client's (stream mode).
 */
final class StressBench {

    static Vertx vertx;
    static HttpClient client;

    static String stress(StreamBench.Args a) throws Exception {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setPreferNativeTransport(true)
                .setBlockedThreadCheckInterval(60_000));
        int pool = a.num("streams", 1) + 16;
        client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(pool).setKeepAlive(true)
                .setTcpNoDelay(true).setIdleTimeout(0).setConnectTimeout(30_000).setPipelining(false));
        try {
            return run(a);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** One streamed request: the timings of {@link StreamRun}, read from Vert.x buffers as text. */
    static final class Run extends StreamRun {
        final StringBuilder carry = new StringBuilder();

        Run(int expected) {
            super(expected);
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
                    content(now, Long.parseLong(event.substring(d, e)));
                    return;
                }
                ts = event.indexOf("ts", ts + 2);
            }
        }
    }

    static RequestOptions options(StreamBench.Args a) {
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

    static String run(StreamBench.Args a) throws Exception {
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
            StreamBench.pct(m, "chunk", lat, 50, 99, 100);
        }
        m.put("probes", probes.size());
        m.put("probeErrors", probeErrors[0]);
        StreamBench.pct(m, "probe", probes, 50, 99, 100);
        return StreamBench.json(m);
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
}
