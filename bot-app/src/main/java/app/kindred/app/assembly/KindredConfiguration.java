package app.kindred.app.assembly;

import app.kindred.app.config.BadSettingException;
import app.kindred.app.config.KindredProperties;
import app.kindred.app.config.KindredSettings;
import app.kindred.core.KindredAssembly;
import app.kindred.core.contract.Platform;
import app.kindred.core.conversation.CoreSettings;
import app.kindred.core.conversation.Kindred;
import app.kindred.core.crisis.HelplineDirectory;
import app.kindred.core.crisis.YamlHelplineDirectory;
import app.kindred.core.delivery.Dispatch;
import app.kindred.core.groups.GroupSettings;
import app.kindred.core.crisis.escalation.SafetyContacts;
import app.kindred.core.groups.ReportRecipients;
import app.kindred.core.delivery.Messenger;
import app.kindred.core.member.Secrets;
import app.kindred.core.prompts.Prompts;
import app.kindred.core.prompts.YamlPrompts;
import app.kindred.core.store.StorePorts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the core from configuration: settings, keys, prompts and helplines, the {@link Kindred} core and
 * the {@link Dispatch} every adapter submits events to. Adapters contribute their {@link Messenger} as a
 * bean; Dispatch registers each one it finds.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KindredProperties.class)
public class KindredConfiguration {

    /** The name of the key file in the data directory, used when no keys are configured. */
    public static final String KEY_FILE = "kindred.keys";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Prompts prompts(KindredProperties properties, ObjectProvider<ContentPreload> preload) {
        Optional<Path> edited = KindredSettings.promptsDir(properties.promptsDir());
        if (edited.isEmpty()) {
            ContentPreload preloaded = preload.getIfAvailable();
            return preloaded == null ? YamlPrompts.bundled() : preloaded.prompts();
        }
        try {
            return YamlPrompts.fromDirectory(edited.get());
        } catch (RuntimeException unreadable) {
            throw new BadSettingException("kindred.prompts-dir", "kindred.prompts-dir is '" + properties.promptsDir()
                    + "', whose prompts Kindred cannot read (" + firstLine(unreadable.getMessage()) + "): fix that "
                    + "file, or leave the setting empty to use the bundled prompts.", unreadable);
        }
    }

    /** The helplines from the edited prompts folder when it has its own helplines.yml, else the bundled ones. */
    @Bean
    HelplineDirectory helplines(KindredProperties properties, ObjectProvider<ContentPreload> preload) {
        Optional<Path> edited = KindredSettings.promptsDir(properties.promptsDir())
                .map(dir -> dir.resolve("helplines.yml"))
                .filter(Files::isRegularFile);
        if (edited.isEmpty()) {
            ContentPreload preloaded = preload.getIfAvailable();
            return preloaded == null ? YamlHelplineDirectory.bundled() : preloaded.helplines();
        }
        try (InputStream in = Files.newInputStream(edited.get())) {
            return YamlHelplineDirectory.read(in);
        } catch (IOException | RuntimeException unreadable) {
            throw new BadSettingException("kindred.prompts-dir", "kindred.prompts-dir has a helplines.yml Kindred "
                    + "cannot read (" + firstLine(unreadable.getMessage()) + "): fix it, or remove it to use the "
                    + "bundled helplines.", unreadable);
        }
    }

    @Bean
    CoreSettings coreSettings(KindredProperties properties, Prompts prompts) {
        return KindredSettings.core(properties, prompts.languages());
    }

    @Bean
    Secrets secrets(KindredProperties properties) {
        return KindredSettings.configuredKeys(properties.keys()).orElseGet(() -> {
            Path keyFile = KindredSettings.dataDir(properties.dataDir()).resolve(KEY_FILE);
            try {
                return Secrets.fromKeyFile(keyFile);
            } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException unreadable) {
                throw new BadSettingException("kindred.data-dir", "kindred.data-dir holds a key file " + keyFile
                        + " that Kindred cannot read or create: restore it from your backup (member ids and stored "
                        + "addresses depend on it), or set kindred.keys.", unreadable);
            }
        });
    }

    /**
     * The core. Group settings and the safety contacts for group reports take the core's defaults (none
     * named) unless a module contributes a {@link GroupSettings}, {@link ReportRecipients} or {@link SafetyContacts} bean
     * (the app's own safety configuration contributes the last two from {@code kindred.safety.*}).
     */
    @Bean
    Kindred kindred(CoreSettings settings, Secrets secrets, Clock clock, Prompts prompts, HelplineDirectory helplines,
                    StorePorts store, ObjectProvider<GroupSettings> groups, ObjectProvider<ReportRecipients> contacts,
                    ObjectProvider<SafetyContacts> safety) {
        return KindredAssembly.assemble(new KindredAssembly.Parts(settings, secrets, clock, prompts, helplines, store)
                .withGroups(groups.getIfAvailable(GroupSettings::defaults), contacts.getIfAvailable(ReportRecipients::none))
                .withSafety(safety.getIfAvailable(SafetyContacts::none)));
    }

    /** The one door into the core, with the messenger of every enabled adapter; at most one per platform. */
    @Bean
    Dispatch dispatch(Kindred kindred, ObjectProvider<Messenger> messengers) {
        Dispatch dispatch = new Dispatch(kindred);
        Map<Platform, Messenger> seen = new EnumMap<>(Platform.class);
        messengers.orderedStream().forEach(messenger -> {
            Messenger earlier = seen.putIfAbsent(messenger.platform(), messenger);
            if (earlier != null) {
                throw new IllegalStateException("two messengers for " + messenger.platform() + ": "
                        + earlier.getClass().getName() + " and " + messenger.getClass().getName());
            }
            dispatch.register(messenger);
        });
        return dispatch;
    }

    private static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse("").strip();
    }
}
