package app.kindred.app.store;

import app.kindred.app.config.BadSettingException;
import app.kindred.app.config.KindredProperties;
import app.kindred.app.config.KindredSettings;
import app.kindred.core.store.EmbeddedStore;
import app.kindred.core.store.EmbeddedStorePorts;
import app.kindred.core.store.StorePorts;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Opens the store chosen by {@code kindred.store}: the embedded file store under {@code kindred.data-dir}.
 * Spring closes it on shutdown, after everything that uses it has stopped.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    StorePorts store(KindredProperties properties) {
        KindredSettings.requireAvailableStore(properties.store());
        Path dataDir = KindredSettings.dataDir(properties.dataDir());
        return new EmbeddedStorePorts(openEmbedded(dataDir, properties.dataDir()));
    }

    @Bean
    HealthIndicator storeHealthIndicator(StorePorts store) {
        return new StoreHealthIndicator(store);
    }

    private static EmbeddedStore openEmbedded(Path dataDir, String configured) {
        try {
            return EmbeddedStore.open(dataDir);
        } catch (UncheckedIOException cannotCreate) {
            throw new BadSettingException("kindred.data-dir", "kindred.data-dir is '" + configured + "', which "
                    + "Kindred cannot create or write to: use a directory the user running Kindred may write to.",
                    cannotCreate);
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new BadSettingException("kindred.data-dir", "kindred.data-dir is '" + configured + "', "
                        + "which another running Kindred is using: stop that one, or give this one its own directory.",
                        e);
            }
            throw new BadSettingException("kindred.data-dir", "kindred.data-dir is '" + configured + "', whose "
                    + "store file Kindred cannot open (" + firstLine(e.getMessage()) + "): restore it from a "
                    + "backup, or use an empty directory.", e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse("").strip();
    }
}
