package app.kindred.adapter.testing;

import app.kindred.core.delivery.Dispatch;
import app.kindred.core.delivery.Messenger;
import app.kindred.core.testing.TestPlatform;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * What an adapter's Spring test needs besides the adapter: the real core on the embedded store, and, as
 * the app does it, one Dispatch over every messenger bean. Imported by the test's own application class.
 */
@Configuration(proxyBeanMethods = false)
public class KindredTestBeans {

    @Bean
    TestPlatform kindred() {
        return TestPlatform.start();
    }

    @Bean
    Dispatch dispatch(TestPlatform kindred, List<Messenger> messengers) {
        Dispatch dispatch = new Dispatch(kindred.kindred());
        messengers.forEach(dispatch::register);
        return dispatch;
    }
}
