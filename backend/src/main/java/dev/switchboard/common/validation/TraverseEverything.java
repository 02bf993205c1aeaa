package dev.switchboard.common.validation;

import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

import java.lang.annotation.ElementType;

/**
 * Bean validation may read every property and cascade into it. With JPA on the class path the
 * default resolver asks the persistence provider, for every property of every validated object,
 * whether it is loaded (so that validation does not trigger lazy loading): a per-request cost on
 * the invocation path (about 2 % of its CPU in the benchmark profile) for objects that are never
 * entities. Switchboard validates request bodies only; its entities have no lazy associations.
 */
@Singleton
@Unremovable // looked up by the Hibernate Validator extension at start-up, never injected
class TraverseEverything implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                               Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
