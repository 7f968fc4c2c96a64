package app.kindred.telegram;

import app.kindred.core.contract.MarkdownSubset;
import app.kindred.core.contract.TextLimits;
import app.kindred.core.conversation.Routes;
import app.kindred.core.prompts.Prompts;
import app.kindred.core.prompts.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "/" menu members see in Telegram: the core's commands, with descriptions from
 * {@code prompts/<language>/telegram.yml}, registered once per language and once as the default.
 * A command without a description is left out of the menu (it still works when typed).
 */
final class CommandMenu {

    private static final Logger LOG = LoggerFactory.getLogger(CommandMenu.class);
    static final String DESCRIPTIONS = "telegram.commands";

    private CommandMenu() {
    }

    /** The menu in one language, in the order the core registered its commands. */
    static List<BotCommand> commands(Routes routes, Prompts prompts, String language) {
        Set<String> names = new LinkedHashSet<>(routes.commandNames());
        names.addAll(prompts.childrenOf(Prompts.BASE_LANGUAGE, DESCRIPTIONS));
        List<BotCommand> menu = new ArrayList<>();
        for (String name : names) {
            if (!name.matches("[a-z0-9_]{1,32}") || routes.command(name).isEmpty()) {
                continue;
            }
            prompts.variants(language, DESCRIPTIONS + "." + name)
                    .or(() -> prompts.variants(Prompts.BASE_LANGUAGE, DESCRIPTIONS + "." + name))
                    .map(variants -> MarkdownSubset.toPlain(Template.render(variants.get(0), Map.of())))
                    .map(text -> TextLimits.shorten(text, 256))
                    .ifPresent(description -> menu.add(new BotCommand(name, description)));
        }
        return menu;
    }

    /** Registers the menu; a failure is logged, never fatal: commands work without the menu. */
    static int register(TelegramClient client, Routes routes, Prompts prompts, String defaultLanguage) {
        int registered = 0;
        List<String> languages = new ArrayList<>();
        languages.add(null);
        languages.addAll(prompts.languages());
        for (String language : languages) {
            List<BotCommand> menu = commands(routes, prompts, language == null ? defaultLanguage : language);
            if (menu.isEmpty()) {
                continue;
            }
            try {
                client.execute(SetMyCommands.builder().commands(menu).languageCode(language).build());
                registered++;
            } catch (TelegramApiException e) {
                LOG.warn("the Telegram command menu for language {} was not registered: {}",
                        language == null ? "default" : language, TelegramFailures.classify(e).reason());
            }
        }
        return registered;
    }
}
