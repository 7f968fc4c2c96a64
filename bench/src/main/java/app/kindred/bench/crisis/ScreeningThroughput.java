package app.kindred.bench.crisis;

import app.kindred.core.crisis.screening.Screener;
import app.kindred.core.crisis.screening.Screening;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * JMH: how many 200-character messages one thread screens per second. The messages mix everyday chat in
 * the four languages with look-alike idioms (three in ten) and crisis sentences (one in ten), each message
 * cut to 200 characters.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScreeningThroughput {

    static final int LENGTH = 200;

    private static final String[] EVERYDAY = {
            "Good morning everyone, how was your weekend?", "I finally finished the report, time for a coffee.",
            "Does anyone want to join the walk on Thursday evening?", "Thanks for the tips yesterday, they really helped me.",
            "I've been feeling a bit low this week and work is stressful.", "Can someone remind me how check-ins work?",
            "We should plan the next group meeting before the holidays.", "My sister visits on Sunday, so I'll be offline.",
            "Hoy tuve un día largo en el trabajo pero estoy bien.", "¿Alguien quiere ir al cine el sábado?",
            "Guten Morgen! Wie geht es euch heute?", "Ich habe heute meine Prüfung bestanden.",
            "Bonjour à tous, belle journée aujourd'hui.", "Quelqu'un veut aller marcher ce soir ?",
    };
    private static final String[] LOOK_ALIKES = {
            "this deadline is killing me but we'll get there", "I could kill for a pizza right now lol",
            "my phone is dying, talk later", "kill -9 the process and restart the worker please",
            "I used to cut myself but I've been clean for three years now", "me muero de hambre, ¿alguien quiere comer?",
            "ich lach mich tot, das Video ist super", "je suis mort de rire avec cette vidéo",
    };
    private static final String[] CRISES = {
            "Honestly I just want to die, nothing helps anymore", "my friend told me she wants to kill herself",
            "kms lol that exam was brutal", "ya no quiero vivir, estoy cansada de todo",
            "ich will nicht mehr leben und weiß nicht weiter", "j'ai envie de mourir, je n'en peux plus",
    };

    private Screener screener;
    private String[] messages;
    private int next;

    @Setup
    public void setUp() {
        screener = Screener.bundled();
        messages = messages(1024, new Random(42));
    }

    @Benchmark
    public Screening screen() {
        String message = messages[next];
        next = (next + 1) & (messages.length - 1);
        return screener.screen(message, "en");
    }

    /**
     * Messages of exactly {@link #LENGTH} characters: everyday sentences, with a look-alike idiom in three
     * messages out of ten and a crisis sentence in one out of ten, placed first so the cut keeps it.
     */
    static String[] messages(int count, Random random) {
        List<String> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            StringBuilder message = new StringBuilder(LENGTH + 64);
            double roll = random.nextDouble();
            if (roll < 0.1) {
                message.append(CRISES[random.nextInt(CRISES.length)]).append(' ');
            } else if (roll < 0.4) {
                message.append(LOOK_ALIKES[random.nextInt(LOOK_ALIKES.length)]).append(' ');
            }
            while (message.length() < LENGTH) {
                message.append(EVERYDAY[random.nextInt(EVERYDAY.length)]).append(' ');
            }
            out.add(message.substring(0, LENGTH));
        }
        return out.toArray(String[]::new);
    }
}
