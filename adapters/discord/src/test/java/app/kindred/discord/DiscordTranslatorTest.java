package app.kindred.discord;

import app.kindred.core.contract.LocaleHints;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class DiscordTranslatorTest {

    @Test
    void discords_locale_gives_the_language_and_the_country_when_it_names_one() {
        assertThat(DiscordTranslator.hints(DiscordLocale.ENGLISH_UK)).isEqualTo(new LocaleHints("en", "GB", null));
        assertThat(DiscordTranslator.hints(DiscordLocale.SPANISH)).isEqualTo(new LocaleHints("es", "ES", null));
        assertThat(DiscordTranslator.hints(DiscordLocale.SPANISH_LATAM)).isEqualTo(new LocaleHints("es", null, null));
        assertThat(DiscordTranslator.hints(DiscordLocale.GERMAN)).isEqualTo(new LocaleHints("de", null, null));
        assertThat(DiscordTranslator.hints(DiscordLocale.UNKNOWN)).isEqualTo(LocaleHints.none());
        assertThat(DiscordTranslator.hints(null)).isEqualTo(LocaleHints.none());
    }

    @Test
    void a_mention_of_kindred_is_taken_out_of_the_text_and_other_mentions_stay() {
        assertThat(DiscordTranslator.withoutMention("<@140> I feel low <@!140> <@999>", "140").strip())
                .isEqualTo("I feel low   <@999>");
    }

    @Test
    void message_content_is_the_only_privileged_intent_and_only_when_asked_for() {
        DiscordSettings plain = new DiscordSettings(FakeDiscord.TOKEN, java.net.URI.create(DiscordSettings.DEFAULT_API_URL), null,
                null, null, false, DiscordHarness.TEST_OUTBOX);
        DiscordSettings reading = new DiscordSettings(FakeDiscord.TOKEN, java.net.URI.create(DiscordSettings.DEFAULT_API_URL), null,
                null, null, true, DiscordHarness.TEST_OUTBOX);

        assertThat(DiscordGateway.intents(plain)).doesNotContain(net.dv8tion.jda.api.requests.GatewayIntent.MESSAGE_CONTENT)
                .doesNotContainAnyElementsOf(EnumSet.of(net.dv8tion.jda.api.requests.GatewayIntent.GUILD_MEMBERS,
                        net.dv8tion.jda.api.requests.GatewayIntent.GUILD_PRESENCES));
        assertThat(DiscordGateway.intents(reading)).contains(net.dv8tion.jda.api.requests.GatewayIntent.MESSAGE_CONTENT);
        assertThat(plain.community()).isEqualTo(DiscordSettings.ONE_AUDIENCE);
        assertThat(plain.groupsInThreads()).isFalse();
    }
}
