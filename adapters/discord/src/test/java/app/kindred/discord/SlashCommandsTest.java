package app.kindred.discord;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The slash commands JDA registers on READY: the core's commands, in servers and DMs, in Kindred's four languages. */
class SlashCommandsTest {

    private final DiscordHarness discord = new DiscordHarness().start();

    @AfterEach
    void stop() {
        discord.close();
    }

    @Test
    void the_core_commands_are_registered_with_descriptions_in_every_language_discord_offers_for_ours() {
        JsonNode commands = FakeDiscord.body(discord.discord.await("PUT", "applications/" + FakeDiscord.BOT_ID + "/commands", 1).get(0));

        List<String> names = new ArrayList<>();
        commands.forEach(command -> names.add(command.path("name").asText()));
        assertThat(names).contains("start", "checkin", "mood", "groups", "buddy", "tips", "helplines", "settings", "privacy",
                "export", "forget");
        JsonNode checkin = find(commands, "checkin");
        assertThat(checkin.path("description").asText()).isEqualTo("Check in on how you're feeling");
        assertThat(checkin.path("description_localizations").path("de").asText()).isEqualTo("Kurz festhalten, wie es dir geht");
        assertThat(checkin.path("description_localizations").path("fr").asText()).isEqualTo("Dire comment tu te sens");
        assertThat(checkin.path("description_localizations").path("es-ES").asText()).isEqualTo("Cuéntame cómo te sientes");
        assertThat(checkin.path("description_localizations").path("es-419").asText()).isEqualTo("Cuéntame cómo te sientes");
        List<Integer> contexts = new ArrayList<>();
        checkin.path("contexts").forEach(c -> contexts.add(c.asInt()));
        assertThat(contexts).as("servers and DMs with Kindred").containsExactlyInAnyOrder(0, 1);
        JsonNode details = checkin.path("options").get(0);
        assertThat(details.path("name").asText()).isEqualTo("details");
        assertThat(details.path("required").asBoolean()).isFalse();
        assertThat(details.path("description_localizations").path("de").asText()).startsWith("Was zum Befehl gehört");
        commands.forEach(command -> assertThat(command.path("description").asText().length()).isLessThanOrEqualTo(100));
    }

    @Test
    void the_gateway_is_asked_for_no_privileged_intent() {
        int intents = discord.discord.gateway.identifies().get(0).path("intents").asInt();
        int guildMembers = 1 << 1;
        int guildPresences = 1 << 8;
        int messageContent = 1 << 15;
        assertThat(intents & (guildMembers | guildPresences | messageContent)).isZero();
        assertThat(intents & (1 << 12)).as("direct messages").isNotZero();
    }

    private static JsonNode find(JsonNode commands, String name) {
        for (JsonNode command : commands) {
            if (command.path("name").asText().equals(name)) {
                return command;
            }
        }
        throw new AssertionError("no command " + name + " in " + commands);
    }
}
