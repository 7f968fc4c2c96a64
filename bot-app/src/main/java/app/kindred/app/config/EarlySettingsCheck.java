package app.kindred.app.config;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Checks the {@code kindred.*} settings as soon as the configuration is read and logging is set up,
 * before the web server and the beans are built, so a typo costs the person starting Kindred a moment,
 * not a whole start-up. The beans map the same settings again; the one check that needs the prompts
 * (the default language) happens there.
 */
public final class EarlySettingsCheck implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        KindredProperties properties = Binder.get(context.getEnvironment()).bindOrCreate("kindred", KindredProperties.class);
        KindredSettings.checkWithoutPrompts(properties);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
