package app.kindred.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** bot-core stays platform-neutral: no SDK, no Spring, no Redis client. */
@AnalyzeClasses(packages = "app.kindred.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreDependencyRulesTest {

    @ArchTest
    static final ArchRule core_imports_no_platform_spring_or_redis_type = noClasses()
            .that().resideInAPackage("app.kindred.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "net.dv8tion..", "com.slack..", "org.telegram..", "org.springframework..", "redis.clients..")
            .because("adapters translate; the core decides, and must not know which platform it is on");
}
