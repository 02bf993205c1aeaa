package dev.switchboard.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package map of the README's Development section, kept true: each package may use only the
 * packages listed for it (so the HTTP edge uses the core, the core never uses the edge, and
 * {@code common} uses no feature), and no two packages depend on each other, however indirectly.
 * A new package must be added here, with what it may use, before its classes compile into a passing build.
 */
class PackageRulesTest {

    private static final String ROOT = "dev.switchboard";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Edge → core → common; within each, the direction the README's package map states. */
    static final LayeredArchitecture PACKAGE_MAP = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            // edge: HTTP resources and routes that join several features
            .layer("invocation").definedBy(ROOT + ".invocation")
            .layer("listing").definedBy(ROOT + ".listing")
            .layer("customprovider.api").definedBy(ROOT + ".customprovider.api")
            // core
            .layer("gateway").definedBy(ROOT + ".gateway")
            .layer("credential").definedBy(ROOT + ".credential")
            .layer("prompt").definedBy(ROOT + ".prompt")
            .layer("customprovider").definedBy(ROOT + ".customprovider")
            .layer("secret").definedBy(ROOT + ".secret")
            .layer("provider").definedBy(ROOT + ".provider")
            .layer("upstream").definedBy(ROOT + ".upstream")
            .layer("upstream protocols").definedBy(ROOT + ".upstream.openai", ROOT + ".upstream.azure",
                    ROOT + ".upstream.anthropic", ROOT + ".upstream.gemini", ROOT + ".upstream.bedrock")
            .layer("upstream.http").definedBy(ROOT + ".upstream.http")
            .layer("model").definedBy(ROOT + ".model")
            // common plumbing
            .layer("common").definedBy(ROOT + ".common..")

            .whereLayer("invocation").mayOnlyAccessLayers("gateway", "prompt", "model", "common")
            .whereLayer("prompt").mayOnlyAccessLayers("gateway", "model", "common")
            .whereLayer("listing").mayOnlyAccessLayers("provider", "credential", "model", "common")
            .whereLayer("customprovider.api").mayOnlyAccessLayers("customprovider", "gateway", "model", "common")
            .whereLayer("gateway").mayOnlyAccessLayers("credential", "customprovider", "provider", "upstream",
                    "upstream.http", "model", "common")
            .whereLayer("credential").mayOnlyAccessLayers("customprovider", "secret", "provider", "model", "common")
            .whereLayer("customprovider").mayOnlyAccessLayers("secret", "provider", "upstream.http", "model", "common")
            .whereLayer("secret").mayOnlyAccessLayers("common")
            .whereLayer("provider").mayOnlyAccessLayers("model", "common")
            .whereLayer("upstream protocols").mayOnlyAccessLayers("upstream", "upstream.http", "model", "common")
            .whereLayer("upstream").mayOnlyAccessLayers("upstream.http", "model", "common")
            .whereLayer("upstream.http").mayOnlyAccessLayers("model", "common")
            .whereLayer("model").mayOnlyAccessLayers("common")
            .whereLayer("common").mayNotAccessAnyLayer();

    static ArchRule noCyclesBetweenPackagesUnder(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    @Test
    void everyPackageUsesOnlyWhatThePackageMapAllows() {
        PACKAGE_MAP.check(PRODUCTION);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        noCyclesBetweenPackagesUnder(ROOT).check(PRODUCTION);
    }

    @Test
    void theCycleRuleCatchesAnInjectedCycle() {
        // fixture.core.Engine uses fixture.edge.Endpoint, which uses Engine: the cycle this rule exists for.
        String fixture = getClass().getPackageName() + ".fixture";
        JavaClasses withCycle = new ClassFileImporter().importPackages(fixture);

        AssertionError failure = assertThrows(AssertionError.class,
                () -> noCyclesBetweenPackagesUnder(fixture).check(withCycle));

        assertTrue(failure.getMessage().contains("Cycle detected"),
                failure.getMessage());
    }
}
