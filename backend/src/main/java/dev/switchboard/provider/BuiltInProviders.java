package dev.switchboard.provider;

import dev.switchboard.model.ApiType;
import dev.switchboard.model.CredentialKind;
import dev.switchboard.model.CredentialSpec;
import dev.switchboard.model.ProviderDefinition;
import dev.switchboard.model.Sdk;

import java.util.List;

import static dev.switchboard.model.CredentialNames.ANTHROPIC_API_KEY;
import static dev.switchboard.model.CredentialNames.AWS_ACCESS_KEY_ID;
import static dev.switchboard.model.CredentialNames.AWS_BEARER_TOKEN_BEDROCK;
import static dev.switchboard.model.CredentialNames.AWS_REGION;
import static dev.switchboard.model.CredentialNames.AWS_SECRET_ACCESS_KEY;
import static dev.switchboard.model.CredentialNames.AWS_SESSION_TOKEN;
import static dev.switchboard.model.CredentialNames.AZURE_OPENAI_API_KEY;
import static dev.switchboard.model.CredentialNames.AZURE_OPENAI_ENDPOINT;
import static dev.switchboard.model.CredentialNames.GEMINI_API_KEY;
import static dev.switchboard.model.CredentialNames.GOOGLE_API_KEY;
import static dev.switchboard.model.CredentialNames.OLLAMA_BASE_URL;
import static dev.switchboard.model.CredentialNames.OPENAI_API_KEY;
import static dev.switchboard.model.CredentialNames.OPENAI_API_VERSION;
import static dev.switchboard.model.CredentialSpec.optionalKey;
import static dev.switchboard.model.CredentialSpec.requiredKey;

/**
 * The built-in providers. Model lists are suggestions current in late 2026 (a model not listed can
 * still be typed); Azure deployments are usually named after the OpenAI model they serve.
 */
final class BuiltInProviders {

    /** Azure API version that offers both chat completions and responses. */
    static final String AZURE_API_VERSION = "2025-04-01-preview";
    static final String AWS_DEFAULT_REGION = "us-east-1";

    private static final List<ApiType> OPENAI_API_TYPES = List.of(ApiType.CHAT_COMPLETIONS, ApiType.RESPONSES);
    private static final List<ApiType> CHAT_ONLY = List.of(ApiType.CHAT_COMPLETIONS);

    private static final List<String> OPENAI_MODELS = List.of(
            "gpt-5.1", "gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-5-chat-latest",
            "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-4o", "gpt-4o-mini",
            "o3", "o3-pro", "o4-mini", "o3-mini", "o1");

    private BuiltInProviders() {
    }

    static final List<ProviderDefinition> ALL = List.of(
            new ProviderDefinition("OPENAI", "OpenAI", Sdk.OPENAI, OPENAI_API_TYPES, ApiType.CHAT_COMPLETIONS,
                    List.of(requiredKey(OPENAI_API_KEY)),
                    "https://api.openai.com/v1", "OPENAI_BASE_URL", OPENAI_MODELS),
            new ProviderDefinition("AZURE_OPENAI", "Azure OpenAI", Sdk.AZURE_OPENAI, OPENAI_API_TYPES,
                    ApiType.CHAT_COMPLETIONS,
                    List.of(requiredKey(AZURE_OPENAI_API_KEY),
                            new CredentialSpec(AZURE_OPENAI_ENDPOINT, CredentialKind.ENDPOINT, true, List.of(), null),
                            new CredentialSpec(OPENAI_API_VERSION, CredentialKind.SETTING, false, List.of(),
                                    AZURE_API_VERSION)),
                    null, null, OPENAI_MODELS),
            new ProviderDefinition("ANTHROPIC", "Anthropic", Sdk.ANTHROPIC, CHAT_ONLY, ApiType.CHAT_COMPLETIONS,
                    List.of(requiredKey(ANTHROPIC_API_KEY)),
                    "https://api.anthropic.com", "ANTHROPIC_BASE_URL", List.of(
                            "claude-opus-4-5", "claude-sonnet-4-5", "claude-haiku-4-5", "claude-opus-4-1",
                            "claude-opus-4-0", "claude-sonnet-4-0", "claude-opus-4-5-20251101",
                            "claude-sonnet-4-5-20250929", "claude-haiku-4-5-20251001", "claude-opus-4-1-20250805",
                            "claude-sonnet-4-20250514", "claude-3-7-sonnet-latest", "claude-3-5-haiku-latest")),
            new ProviderDefinition("GOOGLE", "Google Gemini", Sdk.GOOGLE_GENAI, CHAT_ONLY, ApiType.CHAT_COMPLETIONS,
                    List.of(new CredentialSpec(GEMINI_API_KEY, CredentialKind.KEY, true,
                            List.of(GOOGLE_API_KEY), null)),
                    "https://generativelanguage.googleapis.com", "GOOGLE_GEMINI_BASE_URL", List.of("GEMINI_BASE_URL"),
                    List.of(
                            "gemini-3-pro-preview", "gemini-3-flash-preview", "gemini-2.5-pro", "gemini-2.5-flash",
                            "gemini-2.5-flash-lite", "gemini-2.0-flash", "gemini-2.0-flash-lite")),
            new ProviderDefinition("AWS", "AWS Bedrock", Sdk.AWS_BEDROCK, CHAT_ONLY, ApiType.CHAT_COMPLETIONS,
                    List.of(optionalKey(AWS_ACCESS_KEY_ID), optionalKey(AWS_SECRET_ACCESS_KEY),
                            optionalKey(AWS_SESSION_TOKEN), optionalKey(AWS_BEARER_TOKEN_BEDROCK),
                            new CredentialSpec(AWS_REGION, CredentialKind.SETTING, false, List.of(),
                                    AWS_DEFAULT_REGION)),
                    "https://bedrock-runtime.{region}.amazonaws.com", "AWS_ENDPOINT_URL_BEDROCK_RUNTIME",
                    List.of("AWS_ENDPOINT_URL"), List.of(
                            "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
                            "global.anthropic.claude-sonnet-4-5-20250929-v1:0",
                            "anthropic.claude-sonnet-4-5-20250929-v1:0",
                            "us.anthropic.claude-haiku-4-5-20251001-v1:0",
                            "anthropic.claude-haiku-4-5-20251001-v1:0",
                            "us.anthropic.claude-opus-4-5-20251101-v1:0",
                            "us.anthropic.claude-opus-4-1-20250805-v1:0",
                            "us.anthropic.claude-sonnet-4-20250514-v1:0",
                            "anthropic.claude-3-5-haiku-20241022-v1:0",
                            "amazon.nova-premier-v1:0", "amazon.nova-pro-v1:0", "amazon.nova-lite-v1:0",
                            "amazon.nova-micro-v1:0",
                            "meta.llama3-3-70b-instruct-v1:0", "us.meta.llama4-maverick-17b-instruct-v1:0",
                            "mistral.mistral-large-2407-v1:0",
                            "deepseek.r1-v1:0", "us.deepseek.r1-v1:0")),
            compatible("DEEPSEEK", "DeepSeek", "https://api.deepseek.com",
                    "deepseek-chat", "deepseek-reasoner"),
            compatible("XAI", "xAI", "https://api.x.ai/v1",
                    "grok-4", "grok-4-fast-reasoning", "grok-4-fast-non-reasoning", "grok-code-fast-1",
                    "grok-3", "grok-3-mini"),
            new ProviderDefinition("OLLAMA", "Ollama", Sdk.OPENAI, CHAT_ONLY, ApiType.CHAT_COMPLETIONS,
                    List.of(new CredentialSpec(OLLAMA_BASE_URL, CredentialKind.ENDPOINT, true, List.of(), null)),
                    null, OLLAMA_BASE_URL, List.of(
                            "llama3.2", "llama3.1", "qwen3", "gemma3", "mistral", "deepseek-r1", "gpt-oss:20b")),
            compatible("GROQ", "Groq", "https://api.groq.com/openai/v1",
                    "llama-3.3-70b-versatile", "llama-3.1-8b-instant", "openai/gpt-oss-120b", "openai/gpt-oss-20b",
                    "meta-llama/llama-4-maverick-17b-128e-instruct", "qwen/qwen3-32b",
                    "moonshotai/kimi-k2-instruct-0905"),
            compatible("CEREBRAS", "Cerebras", "https://api.cerebras.ai/v1",
                    "gpt-oss-120b", "llama-3.3-70b", "llama3.1-8b", "qwen-3-32b",
                    "qwen-3-235b-a22b-instruct-2507"),
            compatible("FIREWORKS", "Fireworks AI", "https://api.fireworks.ai/inference/v1",
                    "accounts/fireworks/models/gpt-oss-120b", "accounts/fireworks/models/deepseek-v3p1",
                    "accounts/fireworks/models/llama-v3p3-70b-instruct",
                    "accounts/fireworks/models/qwen3-235b-a22b", "accounts/fireworks/models/kimi-k2-instruct"),
            compatible("MOONSHOT", "Moonshot AI", "https://api.moonshot.ai/v1",
                    "kimi-k2-thinking", "kimi-k2-0905-preview", "kimi-k2-turbo-preview",
                    "moonshot-v1-8k", "moonshot-v1-32k", "moonshot-v1-128k"),
            compatible("PERPLEXITY", "Perplexity", "https://api.perplexity.ai",
                    "sonar", "sonar-pro", "sonar-reasoning", "sonar-reasoning-pro", "sonar-deep-research"),
            compatible("TOGETHER", "Together AI", "https://api.together.xyz/v1",
                    "openai/gpt-oss-120b", "meta-llama/Llama-3.3-70B-Instruct-Turbo", "deepseek-ai/DeepSeek-V3",
                    "deepseek-ai/DeepSeek-R1", "Qwen/Qwen3-235B-A22B-Instruct-2507-tput",
                    "moonshotai/Kimi-K2-Instruct"));

    /** An OpenAI-compatible server with {@code <KEY>_API_KEY} and {@code <KEY>_BASE_URL}. */
    private static ProviderDefinition compatible(String key, String displayName, String baseUrl, String... models) {
        return new ProviderDefinition(key, displayName, Sdk.OPENAI, CHAT_ONLY, ApiType.CHAT_COMPLETIONS,
                List.of(requiredKey(key + "_API_KEY")), baseUrl, key + "_BASE_URL", List.of(models));
    }
}
