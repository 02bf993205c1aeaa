package dev.switchboard.credential;

import io.smallrye.mutiny.Uni;

import java.util.Optional;

/** The AWS default credentials chain, as the resolver and the catalogue listing need it. */
interface AwsDefaultChain {

    /** Whether the administrator lets AWS Bedrock fall back to the chain at all. */
    boolean enabled();

    /** Whether the chain is likely to find an identity, judged without any network call. */
    boolean likelyAvailable();

    /** Asks the chain (off the event loop); empty when it finds nothing or is disabled. */
    Uni<Optional<AwsIdentity>> resolve();
}
