package dev.switchboard.gateway;

import dev.switchboard.model.InvocationEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Folds an invocation's events into its {@link InvocationResult}. */
final class InvocationAggregate {

    private final InvocationEvent.Start start;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder reasoning = new StringBuilder();
    private final TreeMap<Integer, ToolCallParts> toolCalls = new TreeMap<>();
    private InvocationEvent.Usage usage;
    private String finishReason;

    InvocationAggregate(InvocationEvent.Start start) {
        this.start = start;
    }

    InvocationAggregate add(InvocationEvent event) {
        if (event instanceof InvocationEvent.Text t) {
            text.append(t.delta());
        } else if (event instanceof InvocationEvent.Reasoning r) {
            reasoning.append(r.delta());
        } else if (event instanceof InvocationEvent.ToolCallDelta d) {
            toolCalls.computeIfAbsent(d.index(), i -> new ToolCallParts()).add(d);
        } else if (event instanceof InvocationEvent.Usage u) {
            usage = u;
        } else if (event instanceof InvocationEvent.Finish f) {
            finishReason = f.reason();
        }
        return this;
    }

    InvocationResult result() {
        List<InvocationResult.ToolCall> calls = new ArrayList<>(toolCalls.size());
        toolCalls.values().forEach(parts -> calls.add(parts.toolCall()));
        return new InvocationResult(start.invocationId(), start.provider(), start.customProviderId(), start.model(), start.apiType(),
                text.toString(), reasoning.isEmpty() ? null : reasoning.toString(), calls, usage, finishReason,
                start.credentialSources(), start.prompt());
    }

    private static final class ToolCallParts {
        private String id;
        private String name;
        private String thoughtSignature;
        private final StringBuilder arguments = new StringBuilder();

        void add(InvocationEvent.ToolCallDelta delta) {
            if (delta.id() != null) {
                id = delta.id();
            }
            if (delta.name() != null) {
                name = delta.name();
            }
            if (delta.thoughtSignature() != null) {
                thoughtSignature = delta.thoughtSignature();
            }
            if (delta.argumentsDelta() != null) {
                arguments.append(delta.argumentsDelta());
            }
        }

        InvocationResult.ToolCall toolCall() {
            return new InvocationResult.ToolCall(id, name, arguments.toString(), thoughtSignature);
        }
    }
}
