package dev.switchboard.testing;

import io.quarkus.arc.Arc;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * The harness behind {@link WithMockUpstream}: owns the test class's {@link MockUpstream} and the server
 * environment around each test. The environment is the application's {@link TestServerEnvironment}
 * bean, looked up in the running Quarkus application (the extension is loaded with the test class, so
 * it sees the application's container).
 */
public final class MockUpstreamExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MockUpstreamExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        WithMockUpstream settings = settings(context);
        MockUpstream mock = settings.tls() ? MockUpstream.startTls() : MockUpstream.start();
        context.getStore(NAMESPACE).put(MockUpstream.class, mock);
        for (Field field : fields(context.getRequiredTestClass())) {
            field.set(null, mock);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IllegalAccessException {
        MockUpstream mock = context.getStore(NAMESPACE).remove(MockUpstream.class, MockUpstream.class);
        for (Field field : fields(context.getRequiredTestClass())) {
            field.set(null, null);
        }
        if (mock != null) {
            mock.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        MockProvider[] providers = settings(context).pointAt();
        if (providers.length > 0) {
            TestServerEnvironment environment = environment();
            for (MockProvider provider : providers) {
                provider.environment(mock(context)).forEach(environment::set);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (settings(context).pointAt().length > 0) {
            environment().clear();
        }
        mock(context).reset();
    }

    private static WithMockUpstream settings(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), WithMockUpstream.class)
                .orElseThrow(() -> new ExtensionConfigurationException(
                        "MockUpstreamExtension is used through @WithMockUpstream"));
    }

    private static MockUpstream mock(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(MockUpstream.class, MockUpstream.class);
    }

    private static TestServerEnvironment environment() {
        if (Arc.container() == null) {
            throw new ExtensionConfigurationException("@WithMockUpstream(pointAt = …) needs a @QuarkusTest: "
                    + "the server environment is the running application's TestServerEnvironment");
        }
        return Arc.container().instance(TestServerEnvironment.class).get();
    }

    /** The class's {@code static MockUpstream} fields; there must be one. */
    private static List<Field> fields(Class<?> testClass) {
        List<Field> fields = ReflectionSupport.findFields(testClass,
                field -> field.getType() == MockUpstream.class && Modifier.isStatic(field.getModifiers())
                        && !Modifier.isFinal(field.getModifiers()),
                HierarchyTraversalMode.TOP_DOWN);
        if (fields.isEmpty()) {
            throw new ExtensionConfigurationException(testClass.getSimpleName()
                    + " uses @WithMockUpstream but declares no static MockUpstream field to receive it");
        }
        fields.forEach(field -> field.setAccessible(true));
        return fields;
    }
}
