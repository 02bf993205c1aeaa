package dev.switchboard.common.web;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.function.Supplier;

/** Running code on the Vert.x context that owns some state. */
public final class Contexts {

    private Contexts() {
    }

    /** Runs {@code action} at once when called on {@code context}, else queues it there (no task when none is needed). */
    public static void runOn(Context context, Runnable action) {
        if (Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }

    /**
     * Builds and subscribes {@code work} on a new duplicated context of its own, marked safe for
     * Hibernate Reactive. A session opened by {@code Panache.withSession} is stored in the context
     * current when the call is made and looked up in the context current when the repository runs:
     * work that several callers share must not borrow a caller's context, where the caller's own
     * work or another subscriber's thread would make the two differ.
     */
    public static <T> Uni<T> onOwnContext(Vertx vertx, Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context caller = Vertx.currentContext();
            Context own = VertxContext.createNewDuplicatedContext(caller != null ? caller : vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(own, true);
            own.runOnContext(v -> {
                Uni<T> started;
                try {
                    started = work.get();
                } catch (RuntimeException e) { // fail the callers rather than leave them waiting
                    emitter.fail(e);
                    return;
                }
                started.subscribe().with(emitter::complete, emitter::fail);
            });
        });
    }

    /**
     * The outcome of {@code shared} delivered on the context of each subscriber (when it has one),
     * rather than on whichever context produced it.
     */
    public static <T> Uni<T> backOnCallerContext(Uni<T> shared) {
        return Uni.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            return caller == null ? shared : shared.emitOn(action -> runOn(caller, action));
        });
    }
}
