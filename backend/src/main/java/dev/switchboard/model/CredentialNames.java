package dev.switchboard.model;

/**
 * The names of the built-in providers' credentials, spelt as the providers' own SDKs read them from
 * the environment. The provider catalogue, the credential resolver and the upstream clients all name
 * a credential through these constants, so that a name is written once.
 */
public final class CredentialNames {

    public static final String OPENAI_API_KEY = "OPENAI_API_KEY";

    public static final String AZURE_OPENAI_API_KEY = "AZURE_OPENAI_API_KEY";
    public static final String AZURE_OPENAI_ENDPOINT = "AZURE_OPENAI_ENDPOINT";
    public static final String OPENAI_API_VERSION = "OPENAI_API_VERSION";
    /** Not a credential anyone enters: the name under which an Entra ID access token is resolved (as the OpenAI SDKs call it). */
    public static final String AZURE_OPENAI_AD_TOKEN = "AZURE_OPENAI_AD_TOKEN";

    public static final String ANTHROPIC_API_KEY = "ANTHROPIC_API_KEY";

    /** The canonical name, also when {@link #GOOGLE_API_KEY} supplied the value. */
    public static final String GEMINI_API_KEY = "GEMINI_API_KEY";
    public static final String GOOGLE_API_KEY = "GOOGLE_API_KEY";

    public static final String AWS_ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
    public static final String AWS_SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
    public static final String AWS_SESSION_TOKEN = "AWS_SESSION_TOKEN";
    /** A Bedrock API key, sent as a bearer token instead of a SigV4 signature. */
    public static final String AWS_BEARER_TOKEN_BEDROCK = "AWS_BEARER_TOKEN_BEDROCK";
    public static final String AWS_REGION = "AWS_REGION";

    public static final String OLLAMA_BASE_URL = "OLLAMA_BASE_URL";

    private CredentialNames() {
    }
}
