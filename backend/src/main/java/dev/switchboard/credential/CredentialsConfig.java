package dev.switchboard.credential;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How credentials are found beyond the request, the vault and the environment. */
@ConfigMapping(prefix = "switchboard.credentials")
interface CredentialsConfig {

    /** Whether AWS Bedrock may fall back to the AWS default chain (profile files, web identity, container and instance roles). */
    @WithDefault("true")
    boolean awsDefaultChain();

    /**
     * Use Entra ID (DefaultAzureCredential) for Azure OpenAI even without the AZURE_CLIENT_ID /
     * AZURE_TENANT_ID hints, e.g. for a managed identity, which cannot be detected without a network call.
     */
    @WithDefault("false")
    boolean azureEntraId();

    /** Ambient tokens are renewed this long before they expire. */
    @WithDefault("5m")
    Duration ambientRefreshMargin();

    /** How long ambient credentials without an expiry (static profile keys) are reused before asking the chain again. */
    @WithDefault("5m")
    Duration ambientReuse();

    /** After an ambient chain finds nothing, how long to answer "none" without asking it again. */
    @WithDefault("1m")
    Duration ambientFailureBackoff();
}
