package app.kindred.telegram;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.context.ApplicationContextException;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramSetupFailureAnalyzerTest {

    @Test
    void a_start_failure_is_shown_as_its_one_sentence_however_deep_spring_wrapped_it() {
        var sentence = "Telegram refused the bot token of bot 123456789: check KINDRED_TELEGRAM_TOKEN (ask @BotFather for the current one)";
        var wrapped = new ApplicationContextException("Failed to start bean 'telegramStartup'",
                new BeanCreationException("telegramStartup", "nested", new TelegramSetupException(sentence)));

        var analysis = new TelegramSetupFailureAnalyzer().analyze(wrapped);

        assertThat(analysis.getDescription()).isEqualTo(sentence);
        assertThat(analysis.getAction()).isNull();
    }

    @Test
    void spring_boot_finds_the_analyzer() throws Exception {
        var found = new java.util.ArrayList<String>();
        var files = getClass().getClassLoader().getResources(SpringFactoriesLoader.FACTORIES_RESOURCE_LOCATION);
        while (files.hasMoreElements()) {
            var factories = new java.util.Properties();
            try (var in = files.nextElement().openStream()) {
                factories.load(in);
            }
            found.add(factories.getProperty(FailureAnalyzer.class.getName(), ""));
        }
        assertThat(found).anyMatch(names -> names.contains(TelegramSetupFailureAnalyzer.class.getName()));
    }

    @Test
    void a_bad_setting_becomes_a_setup_failure_with_its_sentence() {
        var properties = new TelegramProperties();
        properties.setToken("oops");

        org.assertj.core.api.Assertions.assertThatThrownBy(properties::toSettings)
                .isInstanceOf(TelegramSetupException.class)
                .hasMessageStartingWith("KINDRED_TELEGRAM_TOKEN (kindred.telegram.token) is not a Telegram bot token");
    }
}
