package dev.switchboard.prompt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code prompt_tags}: a tag of a prompt and the version it points at. */
@Entity
@Table(name = "prompt_tags")
@IdClass(PromptTagEntity.Key.class)
class PromptTagEntity {

    @Id
    @Column(name = "prompt_id")
    UUID promptId;

    @Id
    String name;

    @Column(name = "version_id", nullable = false)
    UUID versionId;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** The composite primary key. */
    static class Key implements Serializable {

        UUID promptId;
        String name;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(promptId, key.promptId) && Objects.equals(name, key.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(promptId, name);
        }
    }
}
