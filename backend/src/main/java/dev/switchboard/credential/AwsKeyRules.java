package dev.switchboard.credential;

import dev.switchboard.model.CredentialSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.switchboard.model.CredentialNames.AWS_ACCESS_KEY_ID;
import static dev.switchboard.model.CredentialNames.AWS_BEARER_TOKEN_BEDROCK;
import static dev.switchboard.model.CredentialNames.AWS_SECRET_ACCESS_KEY;
import static dev.switchboard.model.CredentialNames.AWS_SESSION_TOKEN;

/**
 * Which explicit AWS credentials a Bedrock call uses. Levels are tried in precedence order; at the
 * first level that holds anything AWS:
 * <ul>
 *   <li>AWS_BEARER_TOKEN_BEDROCK wins (as in the AWS SDKs, a Bedrock API key takes precedence over SigV4);</li>
 *   <li>otherwise AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must both be there, with AWS_SESSION_TOKEN
 *       if any. Halves are never combined across levels (a browser key id with the server's secret key
 *       would be a different identity, or a confusing failure), so a lone half is a problem naming its
 *       missing partner, and a lone session token likewise.</li>
 * </ul>
 * No explicit credentials at all leaves the decision to the ambient chain.
 */
final class AwsKeyRules {

    private AwsKeyRules() {
    }

    /** The credentials found at the first level holding any, or empty when no level holds any. */
    static Optional<List<CredentialLevels.Found>> find(CredentialLevels levels) {
        for (CredentialSource level : CredentialLevels.ORDER) {
            Optional<String> bearer = levels.at(level, AWS_BEARER_TOKEN_BEDROCK);
            if (bearer.isPresent()) {
                return Optional.of(List.of(new CredentialLevels.Found(AWS_BEARER_TOKEN_BEDROCK, bearer.get(), level)));
            }
            List<CredentialLevels.Found> present = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            for (String name : List.of(AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)) {
                levels.at(level, name).ifPresentOrElse(
                        value -> present.add(new CredentialLevels.Found(name, value, level)),
                        () -> absent.add(name));
            }
            if (present.isEmpty()) {
                continue;
            }
            List<String> missingPartners = absent.stream().filter(name -> !name.equals(AWS_SESSION_TOKEN)).toList();
            if (!missingPartners.isEmpty()) {
                String presentNames = String.join(" and ", present.stream().map(CredentialLevels.Found::name).toList());
                throw CredentialProblems.awsPartialKeys(presentNames, String.join(" and ", missingPartners), level);
            }
            return Optional.of(present);
        }
        return Optional.empty();
    }
}
