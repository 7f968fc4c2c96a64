package app.kindred.bench.telegram;

import app.kindred.bench.Benchmark;
import app.kindred.bench.Figure;
import app.kindred.core.contract.ButtonPressed;
import app.kindred.core.contract.ClockTicked;
import app.kindred.core.contract.CommandIssued;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;
import app.kindred.core.conversation.Kindred;
import app.kindred.core.delivery.Outbox;
import app.kindred.core.delivery.OutboxListener;
import app.kindred.core.delivery.OutboxSettings;
import app.kindred.core.testing.TestPlatform;
import app.kindred.telegram.TelegramApi;
import app.kindred.telegram.TelegramMessenger;
import app.kindred.telegram.TelegramSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Check-in fan-out on Telegram: 10,000 members who enrolled through the core have their check-in due in
 * the same minute; one clock tick makes the core claim and build every prompt, and they go through
 * Telegram's outbox, the real TelegramBots client and HTTP to a local Bot API capped at 1,000 messages a
 * second. Measures the rate from the first hand-over to the messenger to the last delivery (budget: at
 * least 95% of the cap), how many 429s the cap had to give (budget: none) and members served twice
 * (budget: none). The core's own time for the tick is printed on stderr; the core benchmarks own it.
 */
public final class TelegramFanOutBenchmark implements Benchmark {

    private static final int MEMBERS = 10_000;
    private static final int WARM_UP = 1_000;
    private static final double CAP = 1_000;
    /**
     * The fake's bucket: a quarter of a second of traffic at the cap. A client that does not pace (10,000
     * sends at once) gets thousands of 429s; one that keeps to the cap gets none.
     */
    private static final int SERVER_BUCKET = (int) (CAP / 4);
    /**
     * The outbox may catch up a tenth of a second of traffic at once (Telegram's default is the same: 3 at
     * 30/s), so a pacing thread woken late on a busy machine loses nothing, and is never further ahead of
     * the cap than that.
     */
    private static final int OUTBOX_BURST = (int) (CAP / 10);
    /** Calls in flight at once: at the cap, each may take up to 128 ms on a busy machine without slowing the fan-out. */
    private static final int WORKERS = 128;
    private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

    @Override
    public String id() {
        return "telegram";
    }

    @Override
    public List<Figure> run() throws Exception {
        // The real core on the embedded store, with a clock the benchmark moves (Monday 2 March 2026, 09:00 UTC).
        TestPlatform core = TestPlatform.start();
        Kindred kindred = core.kindred();
        OutboxSettings outboxSettings = OutboxSettings.telegram().withRate(CAP, OUTBOX_BURST).withWorkers(WORKERS);

        try (RateLimitedBotApi api = new RateLimitedBotApi(CAP, SERVER_BUCKET)) {
            TelegramSettings settings = new TelegramSettings(TOKEN, TelegramSettings.apiUrl(api.url()),
                    TelegramSettings.Mode.POLLING, null, null, null, outboxSettings);
            try (TelegramApi telegram = new TelegramApi(settings);
                 Outbox outbox = Outbox.start("telegram-bench", outboxSettings, OutboxListener.NONE)) {
                TelegramMessenger messenger = new TelegramMessenger(telegram.client(), outbox,
                        address -> kindred.services().pseudonyms().logId(address), event -> { });

                enrol(kindred, 1_000_000, WARM_UP, "09:15");
                enrol(kindred, 0, MEMBERS, "09:30");

                // Warm the JIT and the connections on the 09:15 members, then refill the bucket and measure 09:30.
                core.clock().set(Instant.parse("2026-03-02T09:15:00Z"));
                int warmed = deliver(messenger, kindred.handle(new ClockTicked(core.clock().instant())));
                awaitIdle(outbox);
                Thread.sleep(200);
                api.reset();
                long sentBefore = outbox.stats().sent();

                core.clock().set(Instant.parse("2026-03-02T09:30:00Z"));
                long tick = System.nanoTime();
                List<Outbound> due = kindred.handle(new ClockTicked(core.clock().instant()));
                long start = System.nanoTime();
                int prompts = deliver(messenger, due);
                awaitIdle(outbox);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.err.printf(Locale.ROOT, "telegram: the tick claimed and built %d check-ins in %d ms; sending them took %.1f s%n",
                        prompts, (start - tick) / 1_000_000, seconds);

                long delivered = outbox.stats().sent() - sentBefore;
                if (warmed != WARM_UP || prompts != MEMBERS || delivered != MEMBERS || api.accepted() != MEMBERS) {
                    throw new IllegalStateException("the fan-out made " + prompts + " check-ins and delivered " + delivered
                            + " of " + MEMBERS + " (the fake accepted " + api.accepted() + ")");
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

    /** Members as they arrive on Telegram: /start, the consent press, then a daily check-in at a time. */
    private static void enrol(Kindred kindred, long firstUser, int count, String time) {
        LocaleHints london = new LocaleHints("en", "GB", "Europe/London");
        for (long user = firstUser; user < firstUser + count; user++) {
            String id = String.valueOf(500_000_000L + user);
            Sender sender = new Sender(Platform.TELEGRAM, "direct", id, "", london, false);
            Place chat = Place.direct(id);
            String consent = kindred.handle(new CommandIssued(sender, chat, "start", "")).stream()
                    .filter(Message.class::isInstance).map(Message.class::cast)
                    .flatMap(message -> message.parts().stream())
                    .filter(Part.Buttons.class::isInstance).map(Part.Buttons.class::cast)
                    .flatMap(row -> row.buttons().stream()).map(Part.Button::payload)
                    .filter(payload -> payload.startsWith("ob.consent~")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the welcome had no consent button"));
            kindred.handle(new ButtonPressed(sender, chat, consent, ""));
            kindred.handle(new CommandIssued(sender, chat, "checkin", time));
        }
    }

    /** Hands what the minute's tick produced to Telegram's messenger, as Dispatch does; returns the check-ins among it. */
    private static int deliver(TelegramMessenger messenger, List<Outbound> fromTick) {
        int prompts = 0;
        for (Outbound outbound : fromTick) {
            if (outbound instanceof Message message && message.urgency() == Message.Urgency.SCHEDULED) {
                prompts++;
            }
            messenger.deliver(outbound);
        }
        return prompts;
    }

    private static void awaitIdle(Outbox outbox) throws InterruptedException {
        if (!outbox.awaitIdle(Duration.ofMinutes(2))) {
            throw new IllegalStateException("the outbox did not drain within two minutes: " + outbox.stats());
        }
    }
}
