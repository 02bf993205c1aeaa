-- Custom providers: a named provider configuration (sdk, routing, headers, API type) with its own
-- credentials. The non-secret configuration is JSON in custom_providers.config; every secret field
-- (apiKey, clientSecret, accessKeyId, secretAccessKey, sessionToken, token) is a row of
-- custom_provider_secrets, encrypted like the vault's secrets (see V2__secrets.sql), with the
-- provider id and the field name as associated data.
CREATE TABLE custom_providers (
    id             uuid        PRIMARY KEY,
    name           text        NOT NULL
                               CONSTRAINT custom_providers_name_rule
                               CHECK (char_length(name) BETWEEN 1 AND 64 AND name = btrim(name) AND strpos(name, '/') = 0),
    description    text        NOT NULL DEFAULT '',
    provider_label text        NOT NULL DEFAULT '',
    sdk            text        NOT NULL
                               CONSTRAINT custom_providers_sdk
                               CHECK (sdk IN ('openai', 'azure_openai', 'anthropic', 'google_genai', 'aws_bedrock')),
    config         jsonb       NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- Names are unique regardless of case: scripts address a custom provider by its name.
CREATE UNIQUE INDEX custom_providers_name_unique ON custom_providers (lower(name));

CREATE TABLE custom_provider_secrets (
    provider_id uuid NOT NULL REFERENCES custom_providers (id) ON DELETE CASCADE,
    field       text NOT NULL
                     CONSTRAINT custom_provider_secrets_field
                     CHECK (field IN ('apiKey', 'clientSecret', 'accessKeyId', 'secretAccessKey', 'sessionToken', 'token')),
    value       bytea NOT NULL
                     CONSTRAINT custom_provider_secrets_value_envelope
                     CHECK (CASE WHEN octet_length(value) >= 37 THEN get_byte(value, 0) = 1 ELSE false END),
    key_id      text NOT NULL
                     CONSTRAINT custom_provider_secrets_key_id_hex CHECK (key_id ~ '^[0-9a-f]{16}$'),
    PRIMARY KEY (provider_id, field),
    CONSTRAINT custom_provider_secrets_key_id_matches_envelope CHECK (key_id = encode(substring(value FROM 2 FOR 8), 'hex'))
);

COMMENT ON TABLE custom_providers IS 'Named provider configurations; secret fields live encrypted in custom_provider_secrets';
COMMENT ON TABLE custom_provider_secrets IS 'Secret fields of custom providers: vault envelopes, associated data custom_provider:<id>:<field>';

-- Every change is announced on channel switchboard_custom_providers (payload: the provider id, or *
-- for all), so that every replica drops its cached configuration when the writing transaction commits.
CREATE FUNCTION switchboard_custom_provider_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM pg_notify('switchboard_custom_providers', '*');
    ELSIF TG_TABLE_NAME = 'custom_providers' THEN
        PERFORM pg_notify('switchboard_custom_providers', (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
    ELSE
        PERFORM pg_notify('switchboard_custom_providers',
                          (CASE WHEN TG_OP = 'DELETE' THEN OLD.provider_id ELSE NEW.provider_id END)::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER custom_providers_changed AFTER INSERT OR UPDATE OR DELETE ON custom_providers
    FOR EACH ROW EXECUTE FUNCTION switchboard_custom_provider_changed();
CREATE TRIGGER custom_providers_truncated AFTER TRUNCATE ON custom_providers
    FOR EACH STATEMENT EXECUTE FUNCTION switchboard_custom_provider_changed();
CREATE TRIGGER custom_provider_secrets_changed AFTER INSERT OR UPDATE OR DELETE ON custom_provider_secrets
    FOR EACH ROW EXECUTE FUNCTION switchboard_custom_provider_changed();
CREATE TRIGGER custom_provider_secrets_truncated AFTER TRUNCATE ON custom_provider_secrets
    FOR EACH STATEMENT EXECUTE FUNCTION switchboard_custom_provider_changed();
