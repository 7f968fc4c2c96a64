package app.kindred.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.util.http.SlackHttpClient;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The Web API client Kindred sends with, on its own OkHttp client so its threads and connections close
 * with it, and the bot's identity once Slack confirmed the token (auth.test).
 */
public final class SlackApi implements AutoCloseable {

    /** Who Kindred is on the workspace its token belongs to. */
    public record Identity(String teamId, String botUserId, String botId) {
    }

    private final SlackSettings settings;
    private final OkHttpClient http;
    private final Slack slack;
    private final MethodsClient methods;
    private volatile Identity identity;

    public SlackApi(SlackSettings settings) {
        this.settings = settings;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.methodsEndpoint());
        // The SDK's own metrics poll auth.test in the background; Kindred counts in its outbox instead.
        config.setStatsEnabled(false);
        config.setPrettyResponseLoggingEnabled(false);
        this.http = httpClient(settings.outbox().workers());
        this.slack = Slack.getInstance(config, new SlackHttpClient(http));
        this.methods = slack.methods(settings.botToken());
    }

    static OkHttpClient httpClient(int connections) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(Math.max(64, connections * 2));
        dispatcher.setMaxRequestsPerHost(Math.max(64, connections * 2));
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(Math.max(5, connections), 60, TimeUnit.SECONDS))
                .connectTimeout(10, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    public Slack slack() {
        return slack;
    }

    public MethodsClient methods() {
        return methods;
    }

    public SlackSettings settings() {
        return settings;
    }

    /**
     * Asks Slack whose token this is (auth.test), which proves the token and the API URL work. Fails with
     * one sentence saying what to fix.
     */
    public Identity identify() {
        AuthTestResponse auth;
        try {
            auth = methods.authTest(r -> r);
        } catch (SlackApiException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().code();
            throw new SlackSetupException("the Slack Web API at " + settings.apiUrl() + " answered auth.test with HTTP "
                    + status + ": check kindred.slack.api-url.");
        } catch (IOException e) {
            throw new SlackSetupException("Kindred cannot reach the Slack Web API at " + settings.apiUrl()
                    + ": check kindred.slack.api-url and the network.");
        }
        if (!auth.isOk()) {
            if (SlackFailures.isTokenProblem(auth.getError())) {
                throw new SlackSetupException("Slack refused the bot token (" + auth.getError()
                        + "): check KINDRED_SLACK_BOT_TOKEN (the Bot User OAuth Token on your app's OAuth & Permissions page).");
            }
            throw new SlackSetupException("Slack answered auth.test with " + auth.getError()
                    + ": check KINDRED_SLACK_BOT_TOKEN and kindred.slack.api-url.");
        }
        identity = new Identity(auth.getTeamId(), auth.getUserId(), auth.getBotId());
        return identity;
    }

    /** Kindred's identity once {@link #identify()} has run, or null. */
    public Identity identity() {
        return identity;
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
