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
 * JMH: how many 200-character messages one thread screens per second. The messages mix everyday chat,
 * look-alike idioms and crisis messages in the four languages, each cut or padded to 200 characters.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScreeningThroughput {

    static final int LENGTH = 200;

    private static final String[] SENTENCES = {
            "Good morning everyone, how was your weekend?", "I finally finished the report, time for a coffee.",
            "Does anyone want to join the walk on Thursday evening?", "Thanks for the tips yesterday, they really helped me.",
            "this deadline is killing me but we'll get there", "I could kill for a pizza right now lol",
            "my phone is dying, talk later", "kill -9 the process and restart the worker please",
            "I've been feeling a bit low this week and work is stressful", "Honestly I just want to die, nothing helps anymore",
            "my friend told me she wants to kill herself and I don't know what to do", "kms lol that exam was brutal",
            "I used to cut myself but I've been clean for three years now", "Can someone remind me how check-ins work?",
            "Hoy tuve un día largo en el trabajo pero estoy bien", "me muero de hambre, ¿alguien quiere comer?",
            "ya no quiero vivir, estoy cansada de todo", "Guten Morgen! Wie geht es euch heute?",
            "ich lach mich tot, das Video ist super", "ich will nicht mehr leben und weiß nicht weiter",
            "Bonjour à tous, belle journée aujourd'hui", "je suis mort de rire avec cette vidéo",
            "j'ai envie de mourir, je n'en peux plus", "We should plan the next group meeting for the holidays.",
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

    /** Messages of exactly {@link #LENGTH} characters, sentences joined until long enough, then cut. */
    static String[] messages(int count, Random random) {
        List<String> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            StringBuilder message = new StringBuilder(LENGTH + 64);
            while (message.length() < LENGTH) {
                message.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
            }
            out.add(message.substring(0, LENGTH));
        }
        return out.toArray(String[]::new);
    }
}
