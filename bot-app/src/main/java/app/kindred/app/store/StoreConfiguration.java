package app.kindred.app.store;

import app.kindred.app.config.BadSettingException;
import app.kindred.app.config.KindredProperties;
import app.kindred.app.config.KindredSettings;
import app.kindred.core.store.EmbeddedStore;
import app.kindred.core.store.EmbeddedStorePorts;
import app.kindred.core.store.StorePorts;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import app.kindred.store.redis.RedisLayoutException;
import app.kindred.store.redis.RedisStorePorts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Opens the store chosen by {@code kindred.store}: the embedded file store under {@code kindred.data-dir},
 * or Redis at {@code kindred.redis.url}, which must answer at start. Spring closes it on shutdown, after
 * everything that uses it has stopped. The health indicator asks the store (a PING on Redis).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedisSettings.class)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    StorePorts store(KindredProperties properties, RedisSettings redis) {
        if (properties.store() == KindredProperties.StoreKind.REDIS) {
            return openRedis(redis);
        }
        Path dataDir = KindredSettings.dataDir(properties.dataDir());
        return new EmbeddedStorePorts(openEmbedded(dataDir, properties.dataDir()));
    }

    @Bean
    HealthIndicator storeHealthIndicator(StorePorts store) {
        return new StoreHealthIndicator(store);
    }

    /** Connects to Redis, or stops the start with one sentence naming the key to fix. */
    static StorePorts openRedis(RedisSettings redis) {
        String url = redis.url() == null ? "" : redis.url().strip();
        if (!isRedisUrl(url)) {
            throw new BadSettingException("kindred.redis.url", "kindred.redis.url is '" + url + "', which is not "
                    + "a Redis address: use one such as redis://127.0.0.1:6379/0.");
        }
        if (redis.prefix() == null || !redis.prefix().matches("[A-Za-z0-9_.-]{1,32}")) {
            throw new BadSettingException("kindred.redis.prefix", "kindred.redis.prefix is '" + redis.prefix()
                    + "': use a short plain word such as k (letters, digits, '.', '_' or '-').");
        }
        try {
            return RedisStorePorts.connect(url, redis.prefix());
        } catch (RedisLayoutException otherLayout) {
            throw new BadSettingException("kindred.redis.prefix", "kindred.redis.prefix is '" + redis.prefix()
                    + "', whose keys were written by an earlier Kindred in a layout this one does not read: use a new "
                    + "prefix, or empty that Redis database (its data is not carried over).", otherLayout);
        } catch (RuntimeException noAnswer) {
            throw new BadSettingException("kindred.redis.url", "kindred.redis.url is '" + withoutPassword(url)
                    + "', where no Redis answers: start Redis there, or point kindred.redis.url at a running one.",
                    noAnswer);
        }
    }

    private static boolean isRedisUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A password in the URL is a secret: it never reaches a message. */
    private static String withoutPassword(String url) {
        return url.replaceFirst("//[^@/]*@", "//***@");
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
