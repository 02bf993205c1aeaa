package dev.switchboard.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A provider that a {@code @QuarkusTest} points at its {@link MockUpstream}: the server environment
 * variable that carries the provider's base URL (and the path the mock serves it under), and the
 * credentials the test environment holds for it. Named like the provider ids of invocation requests.
 * Used through {@link WithMockUpstream#pointAt()}; a test reads the credentials back with
 * {@link #key()} and {@link #variable(String)} to assert on what was sent.
 */
public enum MockProvider {

    OPENAI("OPENAI_BASE_URL", "/v1", "OPENAI_API_KEY", "sk-env-key-0123456789abcdef"),
    ANTHROPIC("ANTHROPIC_BASE_URL", "", "ANTHROPIC_API_KEY", "sk-ant-env-key-0123456789abcdef"),
    GOOGLE("GOOGLE_GEMINI_BASE_URL", "", "GEMINI_API_KEY", "AIzaSy-env-key-0123456789abcdef"),
    AZURE_OPENAI("AZURE_OPENAI_ENDPOINT", "", "AZURE_OPENAI_API_KEY", "azure-env-key-0123456789abcdef"),
    /** Bedrock with a static access key (AWS's documentation example key), in eu-central-1. */
    AWS("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "", "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE", "AWS_REGION", "eu-central-1");

    private final String baseUrlVariable;
    private final String basePath;
    private final String keyVariable;
    private final Map<String, String> credentials;

    MockProvider(String baseUrlVariable, String basePath, String keyVariable, String key, String... more) {
        this.baseUrlVariable = baseUrlVariable;
        this.basePath = basePath;
        this.keyVariable = keyVariable;
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put(keyVariable, key);
        for (int i = 0; i < more.length; i += 2) {
            credentials.put(more[i], more[i + 1]);
        }
        this.credentials = Collections.unmodifiableMap(credentials);
    }

    /** The variable that points the server at the provider, e.g. {@code ANTHROPIC_BASE_URL}. */
    public String baseUrlVariable() {
        return baseUrlVariable;
    }

    /** The provider's base URL on {@code mock}, e.g. {@code http://127.0.0.1:<port>/v1} for OpenAI. */
    public String baseUrl(MockUpstream mock) {
        return mock.url(basePath);
    }

    /** The value of the provider's key variable (for AWS, the secret access key). */
    public String key() {
        return credentials.get(keyVariable);
    }

    /** The value this provider's test environment gives a credential variable, e.g. {@code AWS_REGION}. */
    public String variable(String name) {
        String value = credentials.get(name);
        if (value == null) {
            throw new IllegalArgumentException(this + " sets no " + name + "; it sets " + credentials.keySet());
        }
        return value;
    }

    /** Everything this provider puts into the server environment: base URL on {@code mock}, then credentials. */
    public Map<String, String> environment(MockUpstream mock) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(baseUrlVariable, baseUrl(mock));
        variables.putAll(credentials);
        return variables;
    }
}
