package dev.switchboard.prompt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code prompt_tag_history}: one move of a tag (versionId null: deleted). */
@Entity
@Table(name = "prompt_tag_history")
class PromptTagHistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "prompt_id", nullable = false)
    UUID promptId;

    @Column(nullable = false)
    String tag;

    @Column(name = "version_id")
    UUID versionId;

    @Column(name = "previous_version_id")
    UUID previousVersionId;

    @Column(name = "moved_at", nullable = false)
    Instant movedAt;
}
