/** Timings of one streamed request (System.nanoTime values and differences, in ns). */
class StreamRun {
    final int expected;
    long start;
    long ttfb = -1;
    long ttfe = -1;
    long total = -1;
    int status;
    String error;

    int contentChunks;
    final long[] chunkLatency;
    final long[] gaps;
    int gapCount;
    private long lastContent;

    /** Sized up front: nothing is allocated while the response is read. */
    StreamRun(int expected) {
        this.expected = expected;
        chunkLatency = new long[Math.max(expected, 1) + 8];
        gaps = new long[Math.max(expected, 1) + 8];
    }

    /** A content event that arrived at {@code now}, stamped {@code sent} by the mock. */
    void content(long now, long sent) {
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
    }
}
