package dev.switchboard.upstream.bedrock;

import dev.switchboard.model.Sdk;
import dev.switchboard.upstream.UpstreamClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Azure OpenAI and Bedrock clients are beans the invocation service finds by protocol. */
@QuarkusTest
class ClientWiringTest {

    @Inject
    Instance<UpstreamClient> clients;

    @Test
    void exactlyOneClientSpeaksEachProtocol() {
        for (Sdk sdk : new Sdk[] {Sdk.OPENAI, Sdk.AZURE_OPENAI, Sdk.AWS_BEDROCK}) {
            assertEquals(1, clients.stream().filter(c -> c.speaks(sdk)).count(), sdk.name());
        }
        assertEquals("BedrockClient", clients.stream().filter(c -> c.speaks(Sdk.AWS_BEDROCK)).findFirst()
                .orElseThrow().getClass().getSimpleName().replaceAll("_.*", ""));
    }
}
