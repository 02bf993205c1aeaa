package dev.switchboard.secret;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SharedReadsTest {

    private final SharedReads<String, String> reads = new SharedReads<>();
    private final AtomicInteger started = new AtomicInteger();

    @Test
    void callersOfARunningReadShareItsResult() {
        CompletableFuture<String> database = new CompletableFuture<>();

        var first = reads.read("A", key -> slow(database)).subscribe().withSubscriber(UniAssertSubscriber.create());
        var second = reads.read("A", key -> slow(database)).subscribe().withSubscriber(UniAssertSubscriber.create());
        database.complete("value");

        first.assertItem("value");
        second.assertItem("value");
        assertEquals(1, started.get());
    }

    @Test
    void aFinishedReadIsNotReused() {
        reads.read("A", key -> slow(CompletableFuture.completedFuture("old"))).await().indefinitely();

        String again = reads.read("A", key -> slow(CompletableFuture.completedFuture("new"))).await().indefinitely();

        assertEquals("new", again);
        assertEquals(2, started.get());
    }

    @Test
    void differentKeysReadSeparately() {
        CompletableFuture<String> database = new CompletableFuture<>();

        reads.read("A", key -> slow(database)).subscribe().withSubscriber(UniAssertSubscriber.create());
        reads.read("B", key -> slow(database)).subscribe().withSubscriber(UniAssertSubscriber.create());

        assertEquals(2, started.get());
    }

    @Test
    void aFailedReadFailsItsCallersAndTheNextCallTriesAgain() {
        CompletableFuture<String> database = new CompletableFuture<>();
        var waiting = reads.read("A", key -> slow(database)).subscribe().withSubscriber(UniAssertSubscriber.create());
        database.completeExceptionally(new IllegalStateException("pool timeout"));

        waiting.assertFailedWith(IllegalStateException.class, "pool timeout");
        assertEquals("retried", reads.read("A", key -> slow(CompletableFuture.completedFuture("retried")))
                .await().indefinitely());
    }

    private Uni<String> slow(CompletableFuture<String> result) {
        return Uni.createFrom().deferred(() -> {
            started.incrementAndGet();
            return Uni.createFrom().completionStage(result);
        });
    }
}
