package app.kindred.web;

import app.kindred.core.KindredAssembly;
import app.kindred.core.conversation.CoreSettings;
import app.kindred.core.conversation.Kindred;
import app.kindred.core.crisis.YamlHelplineDirectory;
import app.kindred.core.delivery.Dispatch;
import app.kindred.core.delivery.Messenger;
import app.kindred.core.member.Secrets;
import app.kindred.core.prompts.YamlPrompts;
import app.kindred.core.store.EmbeddedStore;
import app.kindred.core.store.EmbeddedStorePorts;
import app.kindred.core.store.StorePorts;
import app.kindred.core.testing.MutableClock;
import app.kindred.core.testing.TestPlatform;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.util.List;

/**
 * The smallest app the web chat plugs into, wired the way the real app wires it: the core on an in-memory
 * store, a clock tests can move, and one Dispatch that knows every messenger bean.
 */
@SpringBootApplication
public class WebChatTestApplication {

    @Bean
    MutableClock clock() {
        return new MutableClock(TestPlatform.START);
    }

    @Bean
    CoreSettings coreSettings() {
        return CoreSettings.defaults();
    }

    @Bean
    StorePorts store() {
        return new EmbeddedStorePorts(EmbeddedStore.inMemory());
    }

    @Bean
    Kindred kindred(CoreSettings settings, MutableClock clock, StorePorts store) {
        return KindredAssembly.assemble(new KindredAssembly.Parts(settings, Secrets.random(), clock,
                YamlPrompts.bundled(), YamlHelplineDirectory.bundled(), store));
    }

    @Bean
    Dispatch dispatch(Kindred kindred, List<Messenger> messengers) {
        Dispatch dispatch = new Dispatch(kindred);
        messengers.forEach(dispatch::register);
        return dispatch;
    }
}
