package dev.switchboard.upstream.azure;

import dev.switchboard.model.ApiType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AzureRouteTest {

    private static final String ENDPOINT = "https://my-resource.openai.azure.com";

    @Test
    void aDatedVersionUsesTheDeploymentRouteForChat() {
        assertEquals("https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions"
                        + "?api-version=2025-04-01-preview",
                AzureRoute.url(ENDPOINT, "gpt-4o", "2025-04-01-preview", ApiType.CHAT_COMPLETIONS));
    }

    @Test
    void aDatedVersionUsesTheResourceLevelResponsesRoute() {
        assertEquals("https://my-resource.openai.azure.com/openai/responses?api-version=2025-04-01-preview",
                AzureRoute.url(ENDPOINT, "gpt-4o", "2025-04-01-preview", ApiType.RESPONSES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "V1", "latest", "", " "})
    void v1VersionsUseTheV1Route(String version) {
        assertEquals("https://my-resource.openai.azure.com/openai/v1/chat/completions",
                AzureRoute.url(ENDPOINT, "gpt-4o", version, ApiType.CHAT_COMPLETIONS));
        assertEquals("https://my-resource.openai.azure.com/openai/v1/responses",
                AzureRoute.url(ENDPOINT, "gpt-4o", version, ApiType.RESPONSES));
    }

    @Test
    void noVersionAtAllUsesTheV1Route() {
        assertEquals("https://my-resource.openai.azure.com/openai/v1/chat/completions",
                AzureRoute.url(ENDPOINT, "gpt-4o", null, ApiType.CHAT_COMPLETIONS));
    }

    @Test
    void previewUsesTheV1RouteWithPreviewFeatures() {
        assertEquals("https://my-resource.openai.azure.com/openai/v1/responses?api-version=preview",
                AzureRoute.url(ENDPOINT, "gpt-4o", "preview", ApiType.RESPONSES));
    }

    @Test
    void anEndpointEndingInOpenaiV1IsTheV1BaseWhateverTheVersion() {
        assertEquals("https://my-resource.openai.azure.com/openai/v1/chat/completions",
                AzureRoute.url(ENDPOINT + "/openai/v1/", "gpt-4o", "2025-04-01-preview", ApiType.CHAT_COMPLETIONS));
    }

    @Test
    void trailingSlashesAndAnOpenaiSuffixOnTheEndpointAreAccepted() {
        assertEquals("https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions"
                        + "?api-version=2024-10-21",
                AzureRoute.url(ENDPOINT + "/openai//", "gpt-4o", "2024-10-21", ApiType.CHAT_COMPLETIONS));
        assertEquals("https://my-resource.openai.azure.com/openai/v1/chat/completions",
                AzureRoute.url(ENDPOINT + "/openai", "gpt-4o", "v1", ApiType.CHAT_COMPLETIONS));
    }

    @Test
    void theDeploymentNameAndVersionArePercentEncoded() {
        assertEquals(ENDPOINT + "/openai/deployments/my%20deploy%2Fx/chat/completions?api-version=2024-10-21%26x%3D1",
                AzureRoute.url(ENDPOINT, "my deploy/x", "2024-10-21&x=1", ApiType.CHAT_COMPLETIONS));
    }
}
