import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One keep-alive HTTP/1.1 connection with blocking reads, for sequential streamed requests.
 *
 * Why blocking: the thread sleeps in read(2) and the kernel wakes it when bytes arrive, so the time taken
 * right after read returns is as close to the arrival as Java gets — no event loop, selector or task queue
 * in between. The request is one prebuilt byte array written in one call; the response is parsed in place
 * by {@link SseResponse}. Reads have no socket timeout (that would add a poll(2) per read): a watchdog thread
 * closes the socket of a request that overruns its deadline instead.
 */
final class StreamClient implements Closeable {

    private final InetSocketAddress address;
    private final byte[] request;
    private final long timeoutNanos;
    private final SseResponse response = new SseResponse();
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final Thread watchdog;
    private volatile long deadline = Long.MAX_VALUE;
    private int connections;
    /** While recording: a copy of every byte read (for the replay warm-up). */
    private ByteArrayOutputStream recording;

    StreamClient(URI url, List<String[]> headers, byte[] body, long timeoutMillis) {
        this(new InetSocketAddress(url.getHost(), port(url)), request(url, headers, body), timeoutMillis);
    }

    private StreamClient(InetSocketAddress address, byte[] request, long timeoutMillis) {
        this.address = address;
        this.request = request;
        timeoutNanos = timeoutMillis * 1_000_000L;
        watchdog = startWatchdog();
    }

    /** A client that sends the same request bytes to a local {@link ReplayServer}. */
    StreamClient replaying(ReplayServer replay) {
        return new StreamClient(new InetSocketAddress(InetAddress.getLoopbackAddress(), replay.port()), request,
                timeoutNanos / 1_000_000L);
    }

    /** The request bytes: the replay server reads exactly this many per request. */
    int requestLength() {
        return request.length;
    }

    /** Connections opened so far (1 when keep-alive held throughout). */
    int connections() {
        return connections;
    }

    /**
     * One exchange whose raw response bytes are kept: what {@link ReplayServer} plays back. Null if the
     * exchange failed (its error is in {@code failure[0]}).
     */
    byte[] record(int expected, String[] failure) {
        recording = new ByteArrayOutputStream();
        StreamRun run = exchange(expected);
        byte[] bytes = recording.toByteArray();
        recording = null;
        failure[0] = run.error;
        return run.error == null ? bytes : null;
    }

    /** Sends the request and reads the whole response; never throws, failures end up in {@code error}. */
    StreamRun exchange(int expected) {
        StreamRun run = new StreamRun(expected);
        try {
            boolean reused = socket != null;
            if (!send(run) && reused) {
                // The server had closed the idle connection: once more on a fresh one.
                run = new StreamRun(expected);
                send(run);
            }
        } catch (IOException | RuntimeException e) {
            run.error = (System.nanoTime() > deadline ? "timeout: " : "io: ") + e;
            disconnect();
        } finally {
            deadline = Long.MAX_VALUE;
        }
        return run;
    }

    /** One attempt; false if the connection closed before any byte of the response. */
    private boolean send(StreamRun run) throws IOException {
        connect();
        response.begin(run);
        deadline = System.nanoTime() + timeoutNanos;
        run.start = System.nanoTime();
        out.write(request);
        while (true) {
            int n = in.read(response.in, response.inEnd, response.in.length - response.inEnd);
            long now = System.nanoTime();
            if (recording != null && n > 0) {
                recording.write(response.in, response.inEnd, n);
            }
            if (n < 0) {
                boolean complete = response.closed(now);
                boolean retry = !complete && response.nothingReceived();
                disconnect();
                return !retry;
            }
            if (response.received(n, now)) {
                if (!response.keepAlive()) {
                    disconnect();
                }
                return true;
            }
        }
    }

    private void connect() throws IOException {
        if (socket != null) {
            return;
        }
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setKeepAlive(true);
        s.connect(address, (int) Math.min(Integer.MAX_VALUE, timeoutNanos / 1_000_000L));
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
        response.clear();
        connections++;
    }

    @Override
    public void close() {
        watchdog.interrupt();
        disconnect();
    }

    private void disconnect() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }

    private Thread startWatchdog() {
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                Socket s = socket;
                if (System.nanoTime() > deadline && s != null) {
                    try {
                        s.close(); // the blocked read throws, exchange() records the timeout as an error
                    } catch (IOException e) {
                        // already closed
                    }
                }
            }
        }, "stream-watchdog");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : 80;
    }

    private static byte[] request(URI url, List<String[]> headers, byte[] body) {
        int port = port(url);
        StringBuilder head = new StringBuilder()
                .append("POST ").append(url.getRawPath()).append(url.getRawQuery() == null ? "" : "?" + url.getRawQuery())
                .append(" HTTP/1.1\r\nHost: ").append(url.getHost()).append(':').append(port)
                .append("\r\nContent-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        for (String[] h : headers) {
            head.append(h[0]).append(": ").append(h[1]).append("\r\n");
        }
        byte[] h = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(h, h.length + body.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }
}
