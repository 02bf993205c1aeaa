-- Every change to a secret is announced on channel switchboard_secrets (payload: the key, or * for
-- all), so that every replica drops its cached copy at once, whoever wrote the row (the API of any
-- replica, a migration, an operator with psql). Notifications are delivered when the writing
-- transaction commits.
CREATE FUNCTION switchboard_secret_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM pg_notify('switchboard_secrets', '*');
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('switchboard_secrets', OLD.key);
    ELSE
        PERFORM pg_notify('switchboard_secrets', NEW.key);
        IF TG_OP = 'UPDATE' AND OLD.key <> NEW.key THEN
            PERFORM pg_notify('switchboard_secrets', OLD.key);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER secrets_changed AFTER INSERT OR UPDATE OR DELETE ON secrets
    FOR EACH ROW EXECUTE FUNCTION switchboard_secret_changed();
CREATE TRIGGER secrets_truncated AFTER TRUNCATE ON secrets
    FOR EACH STATEMENT EXECUTE FUNCTION switchboard_secret_changed();
