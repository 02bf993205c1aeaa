package dev.switchboard.prompt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code prompt_versions}: written once, never updated (a trigger refuses it). The json columns
 * travel as JSON text, cast in SQL: Hibernate Reactive's JSON mapping reads only objects (messages, tools
 * and variables are arrays), and a parameter typed json would take the text as one JSON string. They are
 * json rather than jsonb so that object keys keep their order (see V5__prompts.sql).
 */
@Entity
@Table(name = "prompt_versions")
class PromptVersionEntity {

    @Id
    UUID id;

    @Column(name = "prompt_id", nullable = false)
    UUID promptId;

    @Column(nullable = false)
    int number;

    @Column(nullable = false)
    String description;

    @Column(name = "template_format", nullable = false)
    String templateFormat;

    @ColumnTransformer(read = "messages::text", write = "cast(cast(? as text) as json)")
    @Column(nullable = false, columnDefinition = "json")
    String messages;

    @ColumnTransformer(read = "variables::text", write = "cast(cast(? as text) as json)")
    @Column(nullable = false, columnDefinition = "json")
    String variables;

    @ColumnTransformer(read = "tools::text", write = "cast(cast(? as text) as json)")
    @Column(nullable = false, columnDefinition = "json")
    String tools;

    @ColumnTransformer(read = "tool_choice::text", write = "cast(cast(? as text) as json)")
    @Column(name = "tool_choice", columnDefinition = "json")
    String toolChoice;

    @ColumnTransformer(read = "response_format::text", write = "cast(cast(? as text) as json)")
    @Column(name = "response_format", columnDefinition = "json")
    String responseFormat;

    @ColumnTransformer(read = "parameters::text", write = "cast(cast(? as text) as json)")
    @Column(nullable = false, columnDefinition = "json")
    String parameters;

    @ColumnTransformer(read = "headers::text", write = "cast(cast(? as text) as json)")
    @Column(nullable = false, columnDefinition = "json")
    String headers;

    String provider;

    @Column(name = "custom_provider_id")
    UUID customProviderId;

    @Column(name = "custom_provider_name")
    String customProviderName;

    @Column(nullable = false)
    String model;

    @Column(name = "api_type")
    String apiType;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
