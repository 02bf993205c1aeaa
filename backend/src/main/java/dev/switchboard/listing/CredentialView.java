package dev.switchboard.listing;

import dev.switchboard.model.CredentialSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One credential of a provider as the catalogue shows it. Never a value. */
@Schema(name = "ProviderCredential")
public record CredentialView(
        @Schema(description = "Credential name: the same in the browser store, as a secret's key and in the server environment",
                examples = "OPENAI_API_KEY") String name,
        @Schema(description = "key (secret material), endpoint (where requests go) or setting") String kind,
        @Schema(description = "Whether an invocation needs it; the Azure key is optional when Entra ID is configured")
        boolean required,
        @Schema(description = "Other names accepted in its place, tried after it at each level", examples = "GOOGLE_API_KEY")
        List<String> alternatives,
        @Schema(description = "Where the server holds a usable value: secret, environment, ambient. "
                + "An unreadable secret does not count.") List<CredentialSource> sources) {
}
