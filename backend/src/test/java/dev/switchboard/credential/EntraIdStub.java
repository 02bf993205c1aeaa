package dev.switchboard.credential;

import io.quarkus.test.junit.QuarkusMock;
import io.smallrye.mutiny.Uni;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test seam for Entra ID in {@code @QuarkusTest}s: replaces the application's {@link AzureEntraId}
 * (azure-identity's DefaultAzureCredential, which calls Azure; see EntraIdTokenEndpointTest for the real path)
 * for the current test only, through {@link QuarkusMock}. A subclass of the bean because Arc's client
 * proxy only accepts mocks of the bean class. Counts the tokens handed out.
 */
public final class EntraIdStub extends DefaultAzureEntraId {

    private final String token;
    private final AtomicInteger calls = new AtomicInteger();

    private EntraIdStub(String token) {
        super(null, null);
        this.token = token;
    }

    /** Installs a configured Entra ID that hands out {@code token}; call from the test or a @BeforeEach. */
    public static EntraIdStub install(String token) {
        EntraIdStub stub = new EntraIdStub(token);
        QuarkusMock.installMockForType(stub, AzureEntraId.class);
        return stub;
    }

    public int tokensHandedOut() {
        return calls.get();
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Uni<Optional<String>> token() {
        calls.incrementAndGet();
        return Uni.createFrom().item(Optional.of(token));
    }
}
