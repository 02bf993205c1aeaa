package dev.switchboard.common.database;

import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class SharedReadsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Vertx VERTX = Vertx.vertx();

    private final SharedReads<String, String> reads = new SharedReads<>(VERTX);
    private final AtomicInteger started = new AtomicInteger();

    @AfterAll
    static void closeVertx() throws Exception {
        VERTX.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void callersOfARunningReadShareItsResult() {
        CompletableFuture<String> database = new CompletableFuture<>();

        var first = reads.read("A", key -> slow(database)).subscribe().withSubscriber(UniAssertSubscriber.create());
        var second = reads.read("A", key -> slow(database)).subscribe().withSubscriber(UniAssertSubscriber.create());
        database.complete("value");

        first.awaitItem(WAIT).assertItem("value");
        second.awaitItem(WAIT).assertItem("value");
        assertEquals(1, started.get());
    }

    @Test
    void aFinishedReadIsNotReused() {
        reads.read("A", key -> slow(CompletableFuture.completedFuture("old"))).await().atMost(WAIT);

        String again = reads.read("A", key -> slow(CompletableFuture.completedFuture("new"))).await().atMost(WAIT);

        assertEquals("new", again);
        assertEquals(2, started.get());
    }

    @Test
    void differentKeysReadSeparately() {
        CompletableFuture<String> database = new CompletableFuture<>();

        var a = reads.read("A", key -> slow(database)).subscribe().withSubscriber(UniAssertSubscriber.create());
        var b = reads.read("B", key -> slow(database)).subscribe().withSubscriber(UniAssertSubscriber.create());
        database.complete("value");

        a.awaitItem(WAIT);
        b.awaitItem(WAIT);
        assertEquals(2, started.get());
    }

    @Test
    void aFailedReadFailsItsCallersAndTheNextCallTriesAgain() {
        CompletableFuture<String> database = new CompletableFuture<>();
        var waiting = reads.read("A", key -> slow(database)).subscribe().withSubscriber(UniAssertSubscriber.create());
        database.completeExceptionally(new IllegalStateException("pool timeout"));

        waiting.awaitFailure(WAIT).assertFailedWith(IllegalStateException.class, "pool timeout");
        assertEquals("retried", reads.read("A", key -> slow(CompletableFuture.completedFuture("retried")))
                .await().atMost(WAIT));
    }

    /**
     * The read is built and run on one context of its own, never a caller's (a Hibernate Reactive
     * session is stored in the context current when it is opened and looked up in the one current
     * when it is used), and each caller gets the result back on the context it called from.
     */
    @Test
    void theReadRunsOnAContextOfItsOwnAndEachCallerResumesOnItsOwn() throws Exception {
        CompletableFuture<String> database = new CompletableFuture<>();
        AtomicReference<Context> builtOn = new AtomicReference<>();
        AtomicReference<Context> subscribedOn = new AtomicReference<>();
        List<Context> callers = List.of(duplicated(), duplicated(), duplicated());
        List<CompletableFuture<Context>> resumedOn = new ArrayList<>();

        for (Context caller : callers) {
            CompletableFuture<Context> resumed = new CompletableFuture<>();
            resumedOn.add(resumed);
            caller.runOnContext(v -> reads.read("A", key -> {
                        builtOn.set(Vertx.currentContext());
                        return Uni.createFrom().completionStage(database)
                                .onSubscription().invoke(() -> subscribedOn.set(Vertx.currentContext()));
                    })
                    .subscribe().with(item -> resumed.complete(Vertx.currentContext()), resumed::completeExceptionally));
        }
        Thread.sleep(100); // every caller has joined the read
        database.complete("value");

        for (int i = 0; i < callers.size(); i++) {
            assertSame(callers.get(i), resumedOn.get(i).get(5, TimeUnit.SECONDS));
        }
        assertNotNull(builtOn.get());
        assertSame(builtOn.get(), subscribedOn.get());
        callers.forEach(caller -> assertNotSame(caller, builtOn.get()));
        assertEquals(true, VertxContext.isDuplicatedContext(builtOn.get()));
    }

    private static Context duplicated() {
        return VertxContext.createNewDuplicatedContext(VERTX.getOrCreateContext());
    }

    private Uni<String> slow(CompletableFuture<String> result) {
        return Uni.createFrom().deferred(() -> {
            started.incrementAndGet();
            return Uni.createFrom().completionStage(result);
        });
    }
}
