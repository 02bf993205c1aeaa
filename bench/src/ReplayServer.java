import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Plays one recorded response back on a loopback port, once per request, so the stream client can run
 * its own code (socket write and read, framing, event scan) thousands of times — until the JIT has
 * compiled it — before it measures, without putting that load on the server under test.
 *
 * The response goes out whole or in pieces of varying size, so reads end mid-head, mid-chunk-size and
 * mid-event as well as between events: every branch of the parser is taken, and the compiled code has no
 * path left that the real responses would have to deoptimise on.
 */
final class ReplayServer implements Closeable {

    private final ServerSocket server;
    private final byte[] response;
    private final int requestLength;

    ReplayServer(byte[] response, int requestLength) throws IOException {
        this.response = response;
        this.requestLength = requestLength;
        server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::serve, "replay-server");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setTcpNoDelay(true);
                answer(s.getInputStream(), s.getOutputStream());
            } catch (IOException e) {
                // client went away or the server was closed
            }
        }
    }

    /**
     * Answers each request on the connection until the client closes it: every other answer in one write
     * (like a burst that arrives in one read), the others in pieces.
     */
    private void answer(InputStream in, OutputStream out) throws IOException {
        byte[] req = new byte[requestLength];
        int piece = 0; // cycles through piece sizes 1..400
        for (boolean whole = true; in.readNBytes(req, 0, requestLength) == requestLength; whole = !whole) {
            if (whole) {
                out.write(response);
                continue;
            }
            for (int at = 0; at < response.length; ) {
                int len = Math.min(response.length - at, 1 + (piece * 7919) % 400);
                piece = (piece + 1) % 400;
                out.write(response, at, len);
                at += len;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
