package app.kindred.bench.telegram;

import app.kindred.bench.Benchmark;
import app.kindred.bench.Figure;
import app.kindred.core.buttons.ButtonPayloads;
import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Platform;
import app.kindred.core.delivery.Outbox;
import app.kindred.core.delivery.OutboxListener;
import app.kindred.core.delivery.OutboxSettings;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.Pseudonyms;
import app.kindred.core.member.Secrets;
import app.kindred.core.prompts.Say;
import app.kindred.core.prompts.YamlPrompts;
import app.kindred.telegram.TelegramApi;
import app.kindred.telegram.TelegramMessenger;
import app.kindred.telegram.TelegramSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Check-in fan-out on Telegram: 10,000 members' check-in prompts go through Telegram's outbox, the real
 * TelegramBots client and HTTP, to a local Bot API capped at 1,000 messages a second. Measures the rate
 * achieved (budget: at least 95% of the cap) and how many 429s the cap had to give (budget: none).
 */
public final class TelegramFanOutBenchmark implements Benchmark {

    private static final int MEMBERS = 10_000;
    private static final int WARM_UP = 1_000;
    private static final double CAP = 1_000;
    /**
     * The fake's bucket: 100 messages, a tenth of a second of traffic at the cap. A client that does not
     * pace (10,000 sends at once) gets thousands of 429s; one that keeps to the cap gets none.
     */
    private static final int SERVER_BUCKET = 100;
    /**
     * The outbox may send 20 back to back: a pacing thread woken late on a busy machine catches up 20 ms
     * without ever running ahead of the cap by more than that.
     */
    private static final int OUTBOX_BURST = 20;
    /** Calls in flight at once: at the cap, each may take up to 64 ms on a busy machine without slowing the fan-out. */
    private static final int WORKERS = 64;
    private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

    @Override
    public String id() {
        return "telegram";
    }

    @Override
    public List<Figure> run() throws Exception {
        Secrets secrets = Secrets.random();
        Pseudonyms pseudonyms = new Pseudonyms(secrets.pseudonymKey());
        ButtonPayloads payloads = new ButtonPayloads(secrets.buttonKey());
        Say say = new Say(YamlPrompts.bundled(), "en");
        OutboxSettings outboxSettings = OutboxSettings.telegram().withRate(CAP, OUTBOX_BURST).withWorkers(WORKERS);

        try (RateLimitedBotApi api = new RateLimitedBotApi(CAP, SERVER_BUCKET)) {
            TelegramSettings settings = new TelegramSettings(TOKEN, TelegramSettings.apiUrl(api.url()),
                    TelegramSettings.Mode.POLLING, null, null, null, outboxSettings);
            try (TelegramApi telegram = new TelegramApi(settings);
                 Outbox outbox = Outbox.start("telegram-bench", outboxSettings, OutboxListener.NONE)) {
                TelegramMessenger messenger = new TelegramMessenger(telegram.client(), outbox,
                        address -> TelegramMessenger.logId(pseudonyms, address), event -> { });

                // Warm the JIT and the connections on other members, then refill the bucket and measure.
                fanOut(messenger, pseudonyms, payloads, say, 1_000_000, WARM_UP, "warm-up");
                awaitIdle(outbox);
                Thread.sleep(200);
                api.reset();
                long sentBefore = outbox.stats().sent();

                long start = System.nanoTime();
                fanOut(messenger, pseudonyms, payloads, say, 0, MEMBERS, "2026-03-02");
                awaitIdle(outbox);
                double seconds = (System.nanoTime() - start) / 1e9;

                long delivered = outbox.stats().sent() - sentBefore;
                if (delivered != MEMBERS || api.accepted() != MEMBERS) {
                    throw new IllegalStateException("the fan-out delivered " + delivered + " of " + MEMBERS
                            + " check-ins (the fake accepted " + api.accepted() + ")");
                }
                double rate = MEMBERS / seconds;
                return List.of(
                        new Figure("telegram fan-out rate", rate, "messages/s", ">= 950 messages/s", rate >= 0.95 * CAP),
                        new Figure("telegram fan-out 429s", api.tooMany(), "responses", "0", api.tooMany() == 0),
                        new Figure("telegram fan-out duplicates", api.chatsServedTwice(), "members", "0",
                                api.chatsServedTwice() == 0));
            }
        }
    }

    /**
     * Hands the messenger one check-in prompt per member, as the check-in job does at the top of the
     * minute: a question, the 1-5 scale as signed buttons, and an idempotency key per occurrence.
     */
    private static void fanOut(TelegramMessenger messenger, Pseudonyms pseudonyms, ButtonPayloads payloads, Say say,
                               long firstUser, int count, String occurrence) {
        Instant expires = Instant.now().plus(Duration.ofHours(12));
        String question = say.text("onboarding.hello");
        for (long user = firstUser; user < firstUser + count; user++) {
            String userId = String.valueOf(500_000_000L + user);
            MemberId member = pseudonyms.of(Platform.TELEGRAM, "direct", userId);
            List<Part.Button> scale = new ArrayList<>();
            for (int score = 1; score <= 5; score++) {
                scale.add(Part.Button.of(String.valueOf(score), payloads.sign("ci.score", String.valueOf(score), member, expires)));
            }
            Address.Direct to = new Address.Direct(Platform.TELEGRAM, "direct", userId, userId);
            messenger.deliver(new Message(to, List.of(new Part.Text(question), new Part.Buttons(scale)),
                    Message.Urgency.SCHEDULED, "checkin:" + member.value() + ":" + occurrence));
        }
    }

    private static void awaitIdle(Outbox outbox) throws InterruptedException {
        if (!outbox.awaitIdle(Duration.ofMinutes(2))) {
            throw new IllegalStateException("the outbox did not drain within two minutes: " + outbox.stats());
        }
    }
}
