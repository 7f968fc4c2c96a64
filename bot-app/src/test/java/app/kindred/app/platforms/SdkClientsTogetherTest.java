package app.kindred.app.platforms;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.response.auth.AuthTestResponse;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;

import java.net.URL;
import java.util.Collections;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * JDA brings OkHttp 5; TelegramBots and Bolt were built on OkHttp 4, which the parent POM excludes. All
 * three SDKs must load, construct and make a real call on one classpath holding exactly one OkHttp.
 * Calls go to a local fake, never to a platform.
 */
class SdkClientsTogetherTest {

    private final WireMockServer fake = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void startFake() {
        fake.start();
    }

    @AfterEach
    void stopFake() {
        fake.stop();
    }

    @Test
    void exactly_one_okhttp_is_on_the_classpath_and_it_is_okhttp_jvm_5() throws Exception {
        List<URL> copies = Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));
        String origin = OkHttpClient.class.getProtectionDomain().getCodeSource().getLocation().toString();

        assertThat(copies).hasSize(1);
        assertThat(origin).contains("okhttp-jvm-5.");
    }

    @Test
    void telegram_client_calls_through_okhttp_5() throws Exception {
        fake.stubFor(post(urlPathMatching("/bot123:test/(?i)getme")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true,\"result\":{\"id\":123,\"is_bot\":true,\"first_name\":\"Kindred\",\"username\":\"kindred_bot\"}}")));
        OkHttpTelegramClient telegram = new OkHttpTelegramClient("123:test",
                new TelegramUrl("http", "localhost", fake.port(), false));

        User me = telegram.execute(new GetMe());

        assertThat(me.getUserName()).isEqualTo("kindred_bot");
    }

    @Test
    void slack_client_and_bolt_app_call_through_okhttp_5() throws Exception {
        fake.stubFor(post(urlPathEqualTo("/api/auth.test")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true,\"user_id\":\"U1\",\"team_id\":\"T1\",\"bot_id\":\"B1\",\"user\":\"kindred\"}")));
        assertThat(Slack.getInstance()).isNotNull();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.baseUrl() + "/api/");
        Slack slack = Slack.getInstance(config);
        App bolt = new App(AppConfig.builder().slack(slack).singleTeamBotToken("xoxb-test").signingSecret("secret").build());

        AuthTestResponse auth = bolt.slack().methods("xoxb-test").authTest(request -> request);

        assertThat(auth.isOk()).isTrue();
        assertThat(auth.getUserId()).isEqualTo("U1");
    }

    /** Keeps JDA's gateway connection on this machine; the fake answers it with a plain 404. */
    private static final class LocalGateway extends SessionControllerAdapter {
        private final String url;

        LocalGateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }

    @Test
    void jda_logs_in_through_okhttp_5() throws Exception {
        fake.stubFor(get(urlPathEqualTo("/api/v10/users/@me")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"42\",\"username\":\"kindred\",\"discriminator\":\"0000\",\"avatar\":null,\"bot\":true,\"flags\":0}")));
        JDA jda = JDABuilder.createLight("discord-test-token")
                .setRestConfig(new RestConfig().setBaseUrl(fake.baseUrl() + "/api/v10/"))
                .setSessionController(new LocalGateway("ws://localhost:" + fake.port() + "/gateway"))
                .setCompression(Compression.NONE)
                .setAutoReconnect(false)
                .build();
        try {
            assertThat(jda.getSelfUser().getName()).isEqualTo("kindred");
            fake.verify(getRequestedFor(urlPathEqualTo("/api/v10/users/@me"))
                    .withHeader("Authorization", equalTo("Bot discord-test-token")));
        } finally {
            jda.shutdownNow();
        }
    }
}
