package dev.switchboard.common.web;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

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
}
