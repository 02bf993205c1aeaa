-- The secrets vault: provider API keys encrypted at rest (AES-256-GCM, see SecretCipher).
-- value is the envelope  version (1 byte, = 1) | key id (8 bytes) | nonce (12 bytes) | ciphertext + tag (>= 16 bytes).
-- The checks refuse anything that is not shaped like an envelope, so plaintext can never be written by mistake.
CREATE TABLE secrets (
    key        text        PRIMARY KEY
                           CONSTRAINT secrets_key_name CHECK (key ~ '^[A-Za-z_][A-Za-z0-9_]*$' AND length(key) <= 128),
    value      bytea       NOT NULL
                           CONSTRAINT secrets_value_envelope CHECK (CASE WHEN octet_length(value) >= 37 THEN get_byte(value, 0) = 1 ELSE false END),
    key_id     text        NOT NULL
                           CONSTRAINT secrets_key_id_hex CHECK (key_id ~ '^[0-9a-f]{16}$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    -- key_id repeats the envelope's key id so that operators can see which key each row needs.
    CONSTRAINT secrets_key_id_matches_envelope CHECK (key_id = encode(substring(value FROM 2 FOR 8), 'hex'))
);

COMMENT ON TABLE secrets IS 'Provider credentials by environment-variable name, encrypted with the key derived from SWITCHBOARD_SECRET';
COMMENT ON COLUMN secrets.value IS 'Envelope: version | key id | nonce | AES-256-GCM ciphertext and tag; the key name is the associated data';
COMMENT ON COLUMN secrets.key_id IS 'Hex id of the vault key that encrypted value (derived from the secret, reveals nothing of it)';
