package app.kindred.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The arrows between modules, checked where every module is on the classpath: the core knows no
 * platform, no Spring and no Redis client, and nothing outside itself; the Redis store and the adapter
 * kit know the core only; each adapter knows the core and the kit.
 */
@AnalyzeClasses(packages = "app.kindred", importOptions = ModuleRulesTest.MainCodeOnly.class)
class ModuleRulesTest {

    private static final List<String> ADAPTERS = List.of("telegram", "slack", "discord", "web");

    @ArchTest
    static final ArchRule core_imports_no_platform_spring_or_redis_type = noClasses()
            .that().resideInAPackage("app.kindred.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "net.dv8tion..", "com.slack..", "org.telegram..", "org.springframework..", "redis.clients..")
            .because("adapters translate; the core decides, and must not know which platform it is on");

    @ArchTest
    static final ArchRule core_depends_on_no_adapter_and_not_on_the_app = noClasses()
            .that().resideInAPackage("app.kindred.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "app.kindred.app..", "app.kindred.store..", "app.kindred.adapter..", "app.kindred.telegram..",
                    "app.kindred.slack..", "app.kindred.discord..", "app.kindred.web..")
            .because("the arrows point one way: adapters and the app depend on the core");

    @ArchTest
    static final ArchRule the_redis_store_knows_the_core_only = noClasses()
            .that().resideInAPackage("app.kindred.store..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "app.kindred.app..", "app.kindred.adapter..", "app.kindred.telegram..", "app.kindred.slack..",
                    "app.kindred.discord..", "app.kindred.web..", "org.springframework..")
            .because("a store implements the core's ports; the app chooses it");

    @ArchTest
    static final ArchRule the_adapter_kit_knows_the_core_only = noClasses()
            .that().resideInAPackage("app.kindred.adapter..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "app.kindred.app..", "app.kindred.store..", "app.kindred.telegram..", "app.kindred.slack..",
                    "app.kindred.discord..", "app.kindred.web..", "net.dv8tion..", "com.slack..", "org.telegram..")
            .because("the kit holds what every adapter does alike; anything of one platform stays in that adapter");

    @ArchTest
    static final ArchRule telegram_adapter_stands_alone = adapterStandsAlone("telegram");

    @ArchTest
    static final ArchRule slack_adapter_stands_alone = adapterStandsAlone("slack");

    @ArchTest
    static final ArchRule discord_adapter_stands_alone = adapterStandsAlone("discord");

    @ArchTest
    static final ArchRule web_adapter_stands_alone = adapterStandsAlone("web");

    private static ArchRule adapterStandsAlone(String adapter) {
        String[] others = ADAPTERS.stream().filter(other -> !other.equals(adapter))
                .map(other -> "app.kindred." + other + "..")
                .toArray(String[]::new);
        String[] forbidden = new String[others.length + 1];
        System.arraycopy(others, 0, forbidden, 0, others.length);
        forbidden[others.length] = "app.kindred.app..";
        return noClasses().that().resideInAPackage("app.kindred." + adapter + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because("adapters do not import each other (or the app): each plugs into the core, and may use the kit");
    }

    /** Main code only: tests of this module, and test jars such as bot-core's, are left out. */
    static final class MainCodeOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("-tests.jar");
        }
    }
}
