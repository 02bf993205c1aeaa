-- Saved prompts: a prompt (named like an identifier) has immutable, numbered versions, each a complete
-- invocation without credentials (messages as templates, model configuration, parameters, tools, headers),
-- and tags that point at one of its versions. Moving a tag is recorded in prompt_tag_history.
-- The JSON columns are json, not jsonb: a version keeps what was saved as it was written, and jsonb would
-- reorder object keys (a JSON Schema's property order is the order OpenAI's structured outputs answer in).
CREATE TABLE prompts (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL UNIQUE
                            CONSTRAINT prompts_name_identifier CHECK (name ~ '^[a-z0-9][a-z0-9_-]{0,127}$'),
    description text        NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE prompt_versions (
    id                   uuid        PRIMARY KEY,
    prompt_id            uuid        NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
    number               integer     NOT NULL CONSTRAINT prompt_versions_number_positive CHECK (number >= 1),
    description          text        NOT NULL DEFAULT '',
    template_format      text        NOT NULL
                                     CONSTRAINT prompt_versions_template_format CHECK (template_format IN ('mustache', 'f_string', 'none')),
    messages             json        NOT NULL,
    variables            json        NOT NULL,
    tools                json        NOT NULL,
    tool_choice          json,
    response_format      json,
    parameters           json        NOT NULL,
    headers              json        NOT NULL,
    -- the model configuration: a built-in provider key, or a custom provider (its name kept as it was)
    provider             text,
    custom_provider_id   uuid        REFERENCES custom_providers (id) ON DELETE SET NULL,
    custom_provider_name text,
    model                text        NOT NULL,
    api_type             text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT prompt_versions_number_unique UNIQUE (prompt_id, number),
    CONSTRAINT prompt_versions_of_prompt UNIQUE (prompt_id, id),
    CONSTRAINT prompt_versions_one_provider CHECK ((provider IS NULL) <> (custom_provider_name IS NULL))
);

-- A version never changes; the one update allowed is the database's own ON DELETE SET NULL when the
-- custom provider it used is deleted (its name stays, so the version can say which provider is gone): only
-- custom_provider_id cleared, and only once that provider is gone, so a plain UPDATE cannot pass for it.
CREATE FUNCTION switchboard_prompt_version_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.custom_provider_id IS NULL AND OLD.custom_provider_id IS NOT NULL
       AND (to_jsonb(NEW) - 'custom_provider_id') = (to_jsonb(OLD) - 'custom_provider_id')
       AND NOT EXISTS (SELECT 1 FROM custom_providers WHERE id = OLD.custom_provider_id) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'prompt versions are immutable' USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER prompt_versions_immutable BEFORE UPDATE ON prompt_versions
    FOR EACH ROW EXECUTE FUNCTION switchboard_prompt_version_immutable();

CREATE TABLE prompt_tags (
    prompt_id  uuid        NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
    name       text        NOT NULL CONSTRAINT prompt_tags_name_identifier CHECK (name ~ '^[a-z0-9][a-z0-9_-]{0,127}$'),
    version_id uuid        NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (prompt_id, name),
    -- a tag points at a version of its own prompt
    CONSTRAINT prompt_tags_version_of_prompt FOREIGN KEY (prompt_id, version_id)
        REFERENCES prompt_versions (prompt_id, id) ON DELETE CASCADE
);

-- Every move of a tag (version_id null: the tag was deleted), in order.
CREATE TABLE prompt_tag_history (
    id               bigserial   PRIMARY KEY,
    prompt_id        uuid        NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
    tag              text        NOT NULL,
    version_id       uuid        REFERENCES prompt_versions (id) ON DELETE CASCADE,
    previous_version_id uuid     REFERENCES prompt_versions (id) ON DELETE CASCADE,
    moved_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX prompt_tag_history_by_tag ON prompt_tag_history (prompt_id, tag, id);
