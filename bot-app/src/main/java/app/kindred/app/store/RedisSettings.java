package app.kindred.app.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the Redis store lives, used when {@code kindred.store=redis}.
 *
 * @param url    redis://[user:password@]host:port[/database], or rediss:// for TLS
 * @param prefix what every key starts with, so several Kindreds can share one Redis
 */
@ConfigurationProperties("kindred.redis")
record RedisSettings(@DefaultValue("redis://127.0.0.1:6379/0") String url, @DefaultValue("k") String prefix) {
}
