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
import app.kindred.store.redis.RedisStore;
import app.kindred.store.redis.RedisStorePorts;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The core on the Redis store: 2,000 members on the local Redis (kindred.bench.redis-url), a fixed mix of
 * commands, button presses, free text and clock ticks, replayed by four workers (see {@link #WORKERS}) for a
 * fixed time after a warm-up. Round trips are counted on the client's real sockets (see {@link RoundTrips}), never from what
 * the store believes it does. A check-in press is signed when it is handled, for a recent occurrence no
 * press used before: replaying one fixed payload would, after the first lap, measure "already answered"
 * instead of an answer. Every key it wrote is deleted at the end.
 */
public final class RedisCoreThroughput implements Benchmark {

    static final String URL = System.getProperty("kindred.bench.redis-url", "redis://127.0.0.1:6379/0");
    private static final int MEMBERS = 2_000;
    private static final int EVENTS = 1 << 16;
    /**
     * The budget is for two cores. Kindred's inbound work runs on several threads at once (the Slack
     * adapter's four lanes, Tomcat's threads for the web chat and webhooks, JDA's event threads), and a
     * store that waits on the network needs more threads than cores to use them: four workers, as many as
     * Slack's lanes. The figure for two workers, one per core, is printed beside it for comparison.
     */
    static final int WORKERS = Integer.getInteger("kindred.bench.redis-workers", 4);
    private static final int ONE_PER_CORE = 2;
    private static final Duration WARM_UP = Duration.ofSeconds(8);
    private static final Duration MEASURE = Duration.ofSeconds(15);
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant EXPIRES = START.plus(Duration.ofDays(3650));

    /** What an event in the mix is, for the trips-per-kind breakdown. */
    enum Kind { CHECKIN_NOW, TIPS, SETTINGS, SCORE, TAG, NEXT_TIP, TEXT, TICK }

    /** A check-in press, signed only when it is handled (see the class comment). */
    private record Press(int member, Kind kind, char score, char tag) {
    }

    @Override
    public String id() {
        return "redis-core";
    }

    @Override
    public List<Figure> run() throws Exception {
        String prefix = "kbench" + Long.toString(System.nanoTime(), 36);
        RoundTrips.Counted counted = RoundTrips.connect(URI.create(URL));
        try (RedisStorePorts store = new RedisStorePorts(new RedisStore(counted.client(), prefix))) {
            try {
                return measure(store, counted.trips());
            } finally {
                RedisKeys.deleteAll(store, prefix);
            }
        }
    }

    private List<Figure> measure(RedisStorePorts store, RoundTrips trips) throws Exception {
        Mix mix = new Mix(store, new Random(42));

        mix.run(WARM_UP, trips, WORKERS);
        Lap onePerCore = mix.run(MEASURE, trips, ONE_PER_CORE);
        System.err.println(String.format(Locale.ROOT, "redis store with %d workers (one per core): %.0f events/s, p99 %.2f ms",
                ONE_PER_CORE, onePerCore.handled / (double) MEASURE.toSeconds(), onePerCore.p99Millis()));
        long tripsBefore = trips.total();
        Lap lap = mix.run(MEASURE, trips, WORKERS);
        long calls = trips.total() - tripsBefore;

        double p99 = lap.p99Millis();
        double perSecond = lap.handled / (double) MEASURE.toSeconds();
        double tripsPerEvent = calls / (double) lap.handled;
        StringBuilder byKind = new StringBuilder("redis round trips by kind (share of events, trips per event):");
        for (Kind kind : Kind.values()) {
            long n = lap.events[kind.ordinal()];
            if (n > 0) {
                byKind.append(String.format(Locale.ROOT, " %s %.0f%% %.2f;", kind.name().toLowerCase(Locale.ROOT),
                        100.0 * n / lap.handled, lap.trips[kind.ordinal()] / (double) n));
            }
        }
        System.err.println(byKind);
        System.err.println(String.format(Locale.ROOT, "load average %.2f", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()));
        String workers = " (" + WORKERS + " workers on " + Runtime.getRuntime().availableProcessors() + " cores)";
        return List.of(
                new Figure("redis store throughput" + workers, perSecond, "events/s", ">= 20000 events/s",
                        perSecond >= 20_000),
                new Figure("redis store p99" + workers, p99, "ms", "<= 5 ms", p99 <= 5),
                new Figure("redis round trips per event", tripsPerEvent, "trips", "<= 2", tripsPerEvent <= 2));
    }

    /** What one timed run did: events handled, their latencies, and events and trips per kind. */
    private record Lap(long handled, long[][] latencies, long[] events, long[] trips) {

        double p99Millis() {
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).filter(n -> n > 0).sorted().toArray();
            return all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6;
        }
    }

    /** Members who joined, and the events they cause. */
    private static final class Mix {

        private final MutableClock clock = new MutableClock(START);
        private final Kindred kindred;
        private final Sender[] senders = new Sender[MEMBERS];
        private final Place[] places = new Place[MEMBERS];
        private final MemberId[] ids = new MemberId[MEMBERS];
        /** Each entry is an {@link Inbound}, or a {@link Press} made into one when it is handled. */
        private final Object[] events = new Object[EVENTS];
        private final Kind[] kinds = new Kind[EVENTS];
        /** The occurrence each member last answered, so their tags go with a real answer. */
        private final AtomicLongArray lastAnswered = new AtomicLongArray(MEMBERS);
        private final AtomicLong presses = new AtomicLong();

        /** Members join and half choose a daily check-in; then a long mix of what members do. */
        Mix(RedisStorePorts store, Random random) {
            kindred = KindredAssembly.assemble(new KindredAssembly.Parts(CoreSettings.defaults(), Secrets.random(),
                    clock, YamlPrompts.bundled(), YamlHelplineDirectory.bundled(), store));
            List<String> zones = List.of("Europe/London", "America/New_York", "Europe/Berlin", "Asia/Tokyo");
            List<String> languages = List.of("en", "es", "de", "fr");
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
            for (int e = 0; e < EVENTS; e++) {
                int m = random.nextInt(MEMBERS);
                Sender s = senders[m];
                Place p = places[m];
                int roll = random.nextInt(100);
                Kind kind;
                if (roll < 12) {
                    kind = Kind.CHECKIN_NOW;
                    events[e] = new CommandIssued(s, p, "checkin", "");
                } else if (roll < 17) {
                    kind = Kind.TIPS;
                    events[e] = new CommandIssued(s, p, "tips", "");
                } else if (roll < 20) {
                    kind = Kind.SETTINGS;
                    events[e] = new CommandIssued(s, p, "settings", "");
                } else if (roll < 51) {
                    kind = Kind.SCORE;
                    events[e] = new Press(m, kind, (char) ('1' + random.nextInt(5)), 'w');
                } else if (roll < 59) {
                    kind = Kind.TAG;
                    events[e] = new Press(m, kind, '3', "wsfhrm".charAt(random.nextInt(6)));
                } else if (roll < 63) {
                    kind = Kind.NEXT_TIP;
                    events[e] = new ButtonPressed(s, p, kindred.services().buttons().sign("tp.next", "", ids[m], EXPIRES), "");
                } else if (roll < 99) {
                    kind = Kind.TEXT;
                    events[e] = new TextWritten(s, p, List.of("hello", "thanks, that helped a bit", "ok",
                            "I'm not sure what to say today").get(random.nextInt(4)));
                } else {
                    kind = Kind.TICK;
                    events[e] = new ClockTicked(START);
                }
                kinds[e] = kind;
            }
        }

        /** Replays the events on a number of threads for a while. */
        Lap run(Duration length, RoundTrips trips, int threads) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch go = new CountDownLatch(1);
            long end = System.nanoTime() + length.toNanos();
            long[][] latencies = new long[threads][];
            long[] events = new long[Kind.values().length];
            long[] tripsByKind = new long[Kind.values().length];
            List<Future<Long>> counts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                counts.add(pool.submit(() -> {
                    long[] mine = new long[4_000_000];
                    long[] myEvents = new long[Kind.values().length];
                    long[] myTrips = new long[Kind.values().length];
                    go.await();
                    long n = 0;
                    int at = thread * (this.events.length / threads);
                    while (System.nanoTime() < end) {
                        int index = at++ % this.events.length;
                        Object next = this.events[index];
                        Inbound event;
                        if (next instanceof Press press) {
                            event = sign(press);
                        } else if (next instanceof ClockTicked) {
                            if (thread == 0) {
                                clock.advance(Duration.ofMinutes(1));
                            }
                            event = new ClockTicked(clock.instant());
                        } else {
                            event = (Inbound) next;
                        }
                        long tripsBefore = trips.byThisThread();
                        long began = System.nanoTime();
                        kindred.handle(event);
                        long took = System.nanoTime() - began;
                        if (n < mine.length) {
                            mine[(int) n] = took;
                        }
                        myEvents[kinds[index].ordinal()]++;
                        myTrips[kinds[index].ordinal()] += trips.byThisThread() - tripsBefore;
                        n++;
                    }
                    latencies[thread] = Arrays.copyOf(mine, (int) Math.min(n, mine.length));
                    synchronized (events) {
                        for (int k = 0; k < events.length; k++) {
                            events[k] += myEvents[k];
                            tripsByKind[k] += myTrips[k];
                        }
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
            return new Lap(total, latencies, events, tripsByKind);
        }

        /**
         * Signs a press for a recent occurrence no press used before (one HMAC, the work Kindred did when it
         * made that button); a tag goes with the member's last answer, or answers first when there is none.
         */
        private ButtonPressed sign(Press press) {
            int m = press.member();
            long answered = lastAnswered.get(m);
            String action;
            String value;
            if (press.kind() == Kind.TAG && answered != 0) {
                action = "ci.tag";
                value = Long.toString(answered, 36) + "-" + press.tag();
            } else {
                // Members answer recent prompts: a minute of the last three days that no press used yet.
                long occurrence = clock.instant().getEpochSecond() / 60 - (presses.getAndIncrement() % (3 * 1440));
                action = "ci.score";
                value = Long.toString(occurrence, 36) + "-" + press.score();
                lastAnswered.set(m, occurrence);
            }
            return new ButtonPressed(senders[m], places[m], kindred.services().buttons().sign(action, value, ids[m], EXPIRES), "");
        }
    }
}
