package app.kindred.bench.redis;

import app.kindred.bench.Benchmark;
import app.kindred.bench.Figure;
import app.kindred.core.KindredAssembly;
import app.kindred.core.contract.ButtonPressed;
import app.kindred.core.contract.ClockTicked;
import app.kindred.core.contract.CommandIssued;
import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;
import app.kindred.core.contract.TextWritten;
import app.kindred.core.conversation.CoreSettings;
import app.kindred.core.conversation.Kindred;
import app.kindred.core.crisis.YamlHelplineDirectory;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.Secrets;
import app.kindred.core.prompts.YamlPrompts;
import app.kindred.core.testing.MutableClock;
import app.kindred.store.redis.RedisStorePorts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The core on the Redis store: 2,000 members on the local Redis (kindred.bench.redis-url), a fixed mix of
 * commands, button presses, free text and clock ticks, replayed by two threads for a fixed time after a
 * warm-up. Counts the store's trips to Redis per event (a pipeline or a script is one trip). Every key
 * it wrote is deleted at the end.
 */
public final class RedisCoreThroughput implements Benchmark {

    static final String URL = System.getProperty("kindred.bench.redis-url", "redis://127.0.0.1:6379/0");
    private static final int MEMBERS = 2_000;
    private static final int EVENTS = 1 << 16;
    private static final int THREADS = 2;
    private static final Duration WARM_UP = Duration.ofSeconds(8);
    private static final Duration MEASURE = Duration.ofSeconds(15);
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @Override
    public String id() {
        return "redis-core";
    }

    @Override
    public List<Figure> run() throws Exception {
        String prefix = "kbench" + Long.toString(System.nanoTime(), 36);
        try (RedisStorePorts store = RedisStorePorts.connect(URL, prefix)) {
            try {
                return measure(store);
            } finally {
                RedisKeys.deleteAll(store, prefix);
            }
        }
    }

    private List<Figure> measure(RedisStorePorts store) throws Exception {
        MutableClock clock = new MutableClock(START);
        Kindred kindred = KindredAssembly.assemble(new KindredAssembly.Parts(CoreSettings.defaults(), Secrets.random(),
                clock, YamlPrompts.bundled(), YamlHelplineDirectory.bundled(), store));
        Inbound[] events = mix(kindred, new Random(42));

        run(kindred, clock, events, WARM_UP, null);
        long callsBefore = store.redis().calls();
        long[][] latencies = new long[THREADS][];
        long handled = run(kindred, clock, events, MEASURE, latencies);
        long calls = store.redis().calls() - callsBefore;

        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).filter(n -> n > 0).sorted().toArray();
        double p99 = all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6;
        double perSecond = handled / (double) MEASURE.toSeconds();
        double tripsPerEvent = calls / (double) handled;
        return List.of(
                new Figure("redis store throughput", perSecond, "events/s", ">= 20000 events/s",
                        perSecond >= 20_000),
                new Figure("redis store p99", p99, "ms", "<= 5 ms", p99 <= 5),
                new Figure("redis round trips per event", tripsPerEvent, "trips", "<= 2", tripsPerEvent <= 2));
    }

    /** Replays the events on two threads for a while; answers how many were handled. */
    private static long run(Kindred kindred, MutableClock clock, Inbound[] events, Duration length, long[][] latencies)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        long end = System.nanoTime() + length.toNanos();
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            counts.add(pool.submit(() -> {
                long[] mine = new long[4_000_000];
                go.await();
                long n = 0;
                int at = thread * (events.length / THREADS);
                while (System.nanoTime() < end) {
                    Inbound event = events[at++ % events.length];
                    long began = System.nanoTime();
                    if (event instanceof ClockTicked) {
                        if (thread == 0) {
                            clock.advance(Duration.ofMinutes(1));
                        }
                        kindred.handle(new ClockTicked(clock.instant()));
                    } else {
                        kindred.handle(event);
                    }
                    if (n < mine.length) {
                        mine[(int) n] = System.nanoTime() - began;
                    }
                    n++;
                }
                if (latencies != null) {
                    latencies[thread] = Arrays.copyOf(mine, (int) Math.min(n, mine.length));
                }
                return n;
            }));
        }
        go.countDown();
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        return total;
    }

    /** Members join and half choose a daily check-in; then a long mix of what members do. */
    private static Inbound[] mix(Kindred kindred, Random random) {
        List<String> zones = List.of("Europe/London", "America/New_York", "Europe/Berlin", "Asia/Tokyo");
        List<String> languages = List.of("en", "es", "de", "fr");
        Sender[] senders = new Sender[MEMBERS];
        Place[] places = new Place[MEMBERS];
        MemberId[] ids = new MemberId[MEMBERS];
        for (int i = 0; i < MEMBERS; i++) {
            senders[i] = Sender.member(Platform.TELEGRAM, "direct", "user-" + i,
                    new LocaleHints(languages.get(i % 4), null, zones.get(random.nextInt(zones.size()))));
            places[i] = Place.direct("chat-" + i);
            ids[i] = kindred.services().pseudonyms().of(senders[i]);
            String consent = kindred.handle(new CommandIssued(senders[i], places[i], "start", "")).stream()
                    .filter(Message.class::isInstance).map(Message.class::cast).flatMap(m -> m.parts().stream())
                    .filter(Part.Buttons.class::isInstance).map(Part.Buttons.class::cast)
                    .flatMap(row -> row.buttons().stream()).filter(b -> b.style() == Part.Style.PRIMARY)
                    .findFirst().orElseThrow().payload();
            kindred.handle(new ButtonPressed(senders[i], places[i], consent, ""));
            if (i % 2 == 0) {
                kindred.handle(new CommandIssued(senders[i], places[i], "checkin",
                        String.format("%02d:%02d", random.nextInt(24), random.nextInt(60))));
            }
        }
        Instant expires = START.plus(Duration.ofDays(3650));
        Inbound[] events = new Inbound[EVENTS];
        for (int e = 0; e < EVENTS; e++) {
            int m = random.nextInt(MEMBERS);
            Sender s = senders[m];
            Place p = places[m];
            String occurrence = Long.toString(START.getEpochSecond() / 60 - random.nextInt(300 * 1440), 36);
            int roll = random.nextInt(100);
            if (roll < 12) {
                events[e] = new CommandIssued(s, p, "checkin", "");
            } else if (roll < 17) {
                events[e] = new CommandIssued(s, p, "tips", "");
            } else if (roll < 20) {
                events[e] = new CommandIssued(s, p, "settings", "");
            } else if (roll < 51) {
                events[e] = press(kindred, s, p, ids[m], "ci.score", occurrence + "-" + (1 + random.nextInt(5)), expires);
            } else if (roll < 59) {
                events[e] = press(kindred, s, p, ids[m], "ci.tag", occurrence + "-" + "wsfhrm".charAt(random.nextInt(6)), expires);
            } else if (roll < 63) {
                events[e] = press(kindred, s, p, ids[m], "tp.next", "", expires);
            } else if (roll < 99) {
                events[e] = new TextWritten(s, p, List.of("hello", "thanks, that helped a bit", "ok",
                        "I'm not sure what to say today").get(random.nextInt(4)));
            } else {
                events[e] = new ClockTicked(START);
            }
        }
        return events;
    }

    private static ButtonPressed press(Kindred kindred, Sender s, Place p, MemberId id, String action, String value,
                                       Instant expires) {
        return new ButtonPressed(s, p, kindred.services().buttons().sign(action, value, id, expires), "");
    }
}
