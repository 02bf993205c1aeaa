package dev.switchboard.credential;

import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.CredentialKind;
import dev.switchboard.model.CredentialSource;
import dev.switchboard.model.CredentialSpec;
import dev.switchboard.model.ProviderDefinition;

import java.util.List;

import static dev.switchboard.model.CredentialNames.AWS_ACCESS_KEY_ID;
import static dev.switchboard.model.CredentialNames.AWS_BEARER_TOKEN_BEDROCK;
import static dev.switchboard.model.CredentialNames.AWS_SECRET_ACCESS_KEY;
import static dev.switchboard.model.CredentialNames.AWS_SESSION_TOKEN;

/** The problems resolution reports, worded to say what is wrong and how to fix it. Never a value. */
final class CredentialProblems {

    static final String ENTRA_HINT = "configure Entra ID on the server (AZURE_TENANT_ID, AZURE_CLIENT_ID and "
            + "AZURE_FEDERATED_TOKEN_FILE or AZURE_CLIENT_SECRET)";
    static final String AWS_AMBIENT_HINT = "give the server an AWS identity (~/.aws/credentials, a web identity, "
            + "a container or instance role)";

    private CredentialProblems() {
    }

    static ProblemException unreadable(String name) {
        return new ProblemException(ProblemType.UNREADABLE_SECRET, "The stored secret " + name
                + " cannot be decrypted with the current SWITCHBOARD_SECRET: store it again or delete it, "
                + "or set SWITCHBOARD_SECRET_PREVIOUS to the key it was stored with.");
    }

    /** "OpenAI needs OPENAI_API_KEY: enter it in the API keys menu, store it as a secret, or set it in the server environment." */
    static ProblemException missing(ProviderDefinition provider, List<CredentialSpec> missing, String extraWay) {
        List<String> names = missing.stream().map(CredentialProblems::describe).toList();
        boolean plural = names.size() > 1;
        boolean onlyEndpoints = missing.stream().allMatch(spec -> spec.kind() == CredentialKind.ENDPOINT);
        String it = plural ? "them" : "it";
        String enter = onlyEndpoints ? "enter " + it + " in the connection settings" : "enter " + it + " in the API keys menu";
        String ways = enter + ", store " + it + (plural ? " as secrets" : " as a secret")
                + (extraWay == null ? ", or set " + it + " in the server environment"
                : ", set " + it + " in the server environment, or " + extraWay);
        return new ProblemException(ProblemType.MISSING_CREDENTIALS,
                provider.displayName() + " needs " + joinAnd(names) + ": " + ways + ".");
    }

    static ProblemException awsPartialKeys(String present, String missing, CredentialSource level) {
        return new ProblemException(ProblemType.MISSING_CREDENTIALS, "AWS Bedrock got " + present + " from "
                + where(level) + " without " + missing + ": AWS access keys work only as a pair from the same "
                + "place. Add " + missing + " there, or remove " + present + ".");
    }

    static ProblemException awsMissing(boolean chainEnabled) {
        return new ProblemException(ProblemType.MISSING_CREDENTIALS, "AWS Bedrock needs " + AWS_ACCESS_KEY_ID
                + " and " + AWS_SECRET_ACCESS_KEY + " (with " + AWS_SESSION_TOKEN + " for temporary keys), or "
                + AWS_BEARER_TOKEN_BEDROCK + ": "
                + "enter them in the API keys menu, store them as secrets, or set them in the server environment"
                + (chainEnabled ? ", or " + AWS_AMBIENT_HINT : "") + ".");
    }

    static ProblemException egress(ProviderDefinition provider, String credential, CredentialSource source) {
        String configured = provider.baseUrlVariable() == null ? "the endpoint the server configures"
                : "the base URL the server configures (" + provider.baseUrlVariable() + ")";
        return new ProblemException(ProblemType.EGRESS_REFUSED, "This request sets its own "
                + (provider.key().equals("AZURE_OPENAI") ? "Azure endpoint" : "base URL")
                + ", so it may only use credentials sent with it, but " + credential + " would come from "
                + where(source) + ". Server-held credentials are only sent to " + provider.displayName()
                + "'s own address or " + configured + ". Send " + credential
                + " with the request, or ask an administrator to create a custom provider for this endpoint.");
    }

    static String where(CredentialSource source) {
        return switch (source) {
            case REQUEST -> "the request";
            case SECRET -> "a stored secret";
            case ENVIRONMENT -> "the server environment";
            case CUSTOM_PROVIDER -> "a custom provider";
            case AMBIENT -> "the server's ambient identity";
        };
    }

    private static String describe(CredentialSpec spec) {
        return spec.fallbacks().isEmpty() ? spec.name()
                : spec.name() + " (or " + String.join(" or ", spec.fallbacks()) + ")";
    }

    private static String joinAnd(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
