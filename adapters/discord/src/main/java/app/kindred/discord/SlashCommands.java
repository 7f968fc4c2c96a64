package app.kindred.discord;

import app.kindred.core.contract.MarkdownSubset;
import app.kindred.core.contract.TextLimits;
import app.kindred.core.conversation.Routes;
import app.kindred.core.prompts.Prompts;
import app.kindred.core.prompts.Template;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kindred's slash commands: the core's commands, each with one optional "details" text option, described
 * from {@code prompts/<language>/discord.yml} and localized into every language Discord offers for the
 * languages Kindred speaks (Spanish for Spain and Latin America, German, French). They work in servers and
 * in DMs with Kindred. A command without a description is left out (the core still answers it as text).
 */
final class SlashCommands {

    private static final Logger LOG = LoggerFactory.getLogger(SlashCommands.class);
    static final String DESCRIPTIONS = "discord.commands";
    static final String DETAILS_DESCRIPTION = "discord.details";
    /** Discord's limit on a description. */
    private static final int DESCRIPTION_LIMIT = 100;

    private SlashCommands() {
    }

    static List<SlashCommandData> commands(Routes routes, Prompts prompts) {
        Set<String> names = new LinkedHashSet<>(routes.commandNames());
        names.addAll(prompts.childrenOf(Prompts.BASE_LANGUAGE, DESCRIPTIONS));
        List<SlashCommandData> commands = new ArrayList<>();
        for (String name : names) {
            if (!name.matches("[a-z0-9_-]{1,32}") || routes.command(name).isEmpty()) {
                continue;
            }
            Optional<String> description = text(prompts, Prompts.BASE_LANGUAGE, DESCRIPTIONS + "." + name);
            if (description.isEmpty()) {
                continue;
            }
            OptionData details = new OptionData(OptionType.STRING, DiscordTranslator.DETAILS,
                    text(prompts, Prompts.BASE_LANGUAGE, DETAILS_DESCRIPTION).orElse(DiscordTranslator.DETAILS), false);
            SlashCommandData command = Commands.slash(name, description.get())
                    .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                    .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
            for (String language : prompts.languages()) {
                if (language.equals(Prompts.BASE_LANGUAGE)) {
                    continue;
                }
                for (DiscordLocale locale : locales(language)) {
                    text(prompts, language, DESCRIPTIONS + "." + name).ifPresent(t -> command.setDescriptionLocalization(locale, t));
                    text(prompts, language, DETAILS_DESCRIPTION).ifPresent(t -> details.setDescriptionLocalization(locale, t));
                }
            }
            commands.add(command.addOptions(details));
        }
        return commands;
    }

    /** Every Discord locale of a language: "es" is Spanish (Spain) and Spanish (Latin America). */
    static List<DiscordLocale> locales(String language) {
        List<DiscordLocale> locales = new ArrayList<>();
        for (DiscordLocale locale : DiscordLocale.values()) {
            String tag = locale.getLocale();
            if (locale != DiscordLocale.UNKNOWN && (tag.equals(language) || tag.startsWith(language + "-"))) {
                locales.add(locale);
            }
        }
        return locales;
    }

    private static Optional<String> text(Prompts prompts, String language, String key) {
        return prompts.variants(language, key)
                .map(variants -> MarkdownSubset.toPlain(Template.render(variants.get(0), Map.of())))
                .map(text -> TextLimits.shorten(text, DESCRIPTION_LIMIT));
    }

    /** Registers the commands globally; a failure is logged, never fatal: Kindred still answers DMs. */
    static void register(JDA jda, Routes routes, Prompts prompts) {
        List<SlashCommandData> commands = commands(routes, prompts);
        jda.updateCommands().addCommands(commands).queue(
                done -> LOG.info("Discord slash commands registered: {}", done.size()),
                DiscordFailures.logging(LOG, "registering the slash commands"));
    }
}
