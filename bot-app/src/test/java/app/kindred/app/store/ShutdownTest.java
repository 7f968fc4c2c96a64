package app.kindred.app.store;

import app.kindred.app.KindredMain;
import app.kindred.core.store.EmbeddedStore;
import app.kindred.core.store.StorePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping Kindred closes the embedded store, so its file is released and the next start can open it. */
class ShutdownTest {

    @TempDir
    Path dataDir;

    @Test
    void stopping_kindred_closes_the_store_and_releases_its_file() {
        ConfigurableApplicationContext kindred = new SpringApplicationBuilder(KindredMain.class)
                .run("--server.port=0", "--kindred.data-dir=" + dataDir);
        StorePorts store = kindred.getBean(StorePorts.class);
        assertThat(store.isHealthy()).isTrue();

        kindred.close();

        assertThat(store.isHealthy()).isFalse();
        try (EmbeddedStore reopened = EmbeddedStore.open(dataDir)) {
            assertThat(reopened.isOpen()).isTrue();
        }
    }
}
