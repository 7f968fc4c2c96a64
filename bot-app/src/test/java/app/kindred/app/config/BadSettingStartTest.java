package app.kindred.app.config;

import app.kindred.app.KindredMain;
import app.kindred.core.store.EmbeddedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A bad value stops the real app, and what the person starting it reads is one sentence naming the key
 * and what to put there: no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadSettingStartTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            kindred.default-time-zone | Mars/Olympus | kindred.default-time-zone is 'Mars/Olympus', which is not a time zone: use an IANA name such as Europe/London.
            kindred.clock-tick        | often        | kindred.clock-tick is 'often', which is not a duration: use a number with a unit, such as 15s, 10m or 7d.
            kindred.safety.communities[0].platform | myspace | kindred.safety.communities[0].platform is 'myspace', which is not a platform: use one of telegram, slack, discord, web.
            kindred.discord.token     | not-a-token  | KINDRED_DISCORD_TOKEN (kindred.discord.token) is not a Discord bot token: copy the token from the Bot page of your application in the Discord Developer Portal, three parts separated by dots
            """)
    void a_bad_value_stops_the_app_with_one_sentence(String key, String value, String sentence, CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(KindredMain.class);

        assertThatThrownBy(() -> app.run("--server.port=0", "--kindred.data-dir=" + dataDir, "--" + key + "=" + value)
                .close()).isNotNull();

        assertThat(output.getErr().strip()).isEqualTo(sentence);
        assertThat(output.getAll()).doesNotContain("\tat org.springframework").doesNotContain("APPLICATION FAILED TO START");
    }

    @Test
    void a_slack_token_that_is_not_a_bot_token_stops_the_app_with_one_sentence_that_does_not_repeat_it(CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(KindredMain.class);

        assertThatThrownBy(() -> app.run("--server.port=0", "--kindred.data-dir=" + dataDir,
                "--kindred.slack.bot-token=xoxp-0000000000-user-token-pasted-by-mistake",
                "--kindred.slack.signing-secret=8f742231b10e8888abcd99e1f2a3b4c5").close()).isNotNull();

        assertThat(output.getErr().strip()).isEqualTo("KINDRED_SLACK_BOT_TOKEN (kindred.slack.bot-token) is not a Slack bot "
                + "token: use the Bot User OAuth Token from your app's OAuth & Permissions page, which starts with xoxb-.");
        assertThat(output.getAll()).doesNotContain("pasted-by-mistake").doesNotContain("\tat org.springframework")
                .doesNotContain("APPLICATION FAILED TO START");
    }

    @Test
    void a_redis_that_does_not_answer_stops_the_app_with_one_sentence(CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(KindredMain.class);

        assertThatThrownBy(() -> app.run("--server.port=0", "--kindred.data-dir=" + dataDir, "--kindred.store=redis",
                "--kindred.redis.url=redis://127.0.0.1:1/0").close()).isNotNull();

        assertThat(output.getErr().strip()).isEqualTo("kindred.redis.url is 'redis://127.0.0.1:1/0', where no Redis "
                + "answers: start Redis there, or point kindred.redis.url at a running one.");
        assertThat(output.getAll()).doesNotContain("\tat org.springframework").doesNotContain("APPLICATION FAILED TO START");
    }

    @Test
    void redis_keys_an_earlier_kindred_wrote_in_another_layout_stop_the_app_with_one_sentence(CapturedOutput output) {
        String prefix = "kold" + UUID.randomUUID().toString().substring(0, 8);
        try (RedisClient redis = RedisClient.create(URI.create("redis://127.0.0.1:6379/0"))) {
            // The earlier layout scored the due queue by send time alone, and wrote no layout mark.
            redis.zadd(prefix + ":{due}:q", 1_772_442_000, "sxb0JMByy1o5SOCvE-4ZsA~r");
            try {
                SpringApplicationBuilder app = new SpringApplicationBuilder(KindredMain.class);

                assertThatThrownBy(() -> app.run("--server.port=0", "--kindred.data-dir=" + dataDir, "--kindred.store=redis",
                        "--kindred.redis.prefix=" + prefix).close()).isNotNull();
            } finally {
                redis.del(prefix + ":{due}:q");
            }
        }

        assertThat(output.getErr().strip()).isEqualTo("kindred.redis.prefix is '" + prefix + "', whose keys were "
                + "written by an earlier Kindred in a layout this one does not read: use a new prefix, or empty that "
                + "Redis database (its data is not carried over).");
        assertThat(output.getAll()).doesNotContain("\tat org.springframework").doesNotContain("APPLICATION FAILED TO START");
    }

    @Test
    void a_data_directory_another_kindred_is_using_is_refused(CapturedOutput output) {
        try (EmbeddedStore running = EmbeddedStore.open(dataDir)) {
            SpringApplicationBuilder app = new SpringApplicationBuilder(KindredMain.class);

            assertThatThrownBy(() -> app.run("--server.port=0", "--kindred.data-dir=" + dataDir).close()).isNotNull();
        }

        assertThat(output.getErr().strip()).isEqualTo("kindred.data-dir is '" + dataDir
                + "', which another running Kindred is using: stop that one, or give this one its own directory.");
    }
}
