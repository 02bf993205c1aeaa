package dev.switchboard.customprovider;

import org.junit.jupiter.api.AfterEach;

/**
 * What the custom-provider {@code @QuarkusTest}s share: the API helper, and the deletion of the providers
 * a test created once it ends (the tests share one database). A subclass's own {@code @AfterEach} runs first.
 */
abstract class AbstractCustomProviderTest {

    final CustomProviderApi api = new CustomProviderApi();

    @AfterEach
    void deleteCreated() {
        api.deleteCreated();
    }
}
