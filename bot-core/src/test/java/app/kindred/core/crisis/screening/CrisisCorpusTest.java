package app.kindred.core.crisis.screening;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labelled corpus in src/test/resources/crisis: every crisis message must be recognised as a crisis and
 * look-alikes (idioms, negations, recovery stories, logistics) must not be. Prints recall and the false-alarm
 * rate per language and fails below the thresholds the issue sets for English and the ones set here for
 * the other languages.
 */
class CrisisCorpusTest {

    /** Recall at least, false alarms at most, per language. */
    private static final Map<String, double[]> THRESHOLDS = Map.of(
            "en", new double[] {0.98, 0.03},
            "es", new double[] {0.95, 0.05},
            "de", new double[] {0.95, 0.05},
            "fr", new double[] {0.95, 0.05});

    private record Example(String language, String label, String text) {
        boolean isCrisis() {
            return label.equals("crisis");
        }
    }

    private final Screener screener = Screener.bundled();

    @Test
    void the_corpus_is_large_enough_and_balanced() throws IOException {
        List<Example> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(600);
        for (String language : THRESHOLDS.keySet()) {
            List<Example> own = corpus.stream().filter(e -> e.language().equals(language)).toList();
            long crises = own.stream().filter(Example::isCrisis).count();
            assertThat(own).as(language).hasSizeGreaterThanOrEqualTo(100);
            assertThat((double) crises / own.size()).as("share of crisis messages in %s", language).isBetween(0.4, 0.6);
        }
    }

    @Test
    void recall_and_false_alarms_meet_the_thresholds_in_every_language() throws IOException {
        Map<String, List<Example>> byLanguage = new LinkedHashMap<>();
        for (Example example : corpus()) {
            byLanguage.computeIfAbsent(example.language(), l -> new ArrayList<>()).add(example);
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<Example>> entry : byLanguage.entrySet()) {
            String language = entry.getKey();
            int crises = 0;
            int found = 0;
            int lookAlikes = 0;
            int falseAlarms = 0;
            List<String> wrong = new ArrayList<>();
            for (Example example : entry.getValue()) {
                boolean flagged = screener.screen(example.text(), language).isCrisis();
                if (example.isCrisis()) {
                    crises++;
                    found += flagged ? 1 : 0;
                    if (!flagged) {
                        wrong.add("missed: " + example.text());
                    }
                } else {
                    lookAlikes++;
                    falseAlarms += flagged ? 1 : 0;
                    if (flagged) {
                        wrong.add("false alarm: " + example.text());
                    }
                }
            }
            double recall = (double) found / crises;
            double falseAlarmRate = (double) falseAlarms / lookAlikes;
            double[] threshold = THRESHOLDS.get(language);
            System.out.println(String.format(Locale.ROOT,
                    "crisis corpus %s: recall %.3f (%d/%d), false alarms %.3f (%d/%d); thresholds recall >= %.2f, false alarms <= %.2f",
                    language, recall, found, crises, falseAlarmRate, falseAlarms, lookAlikes, threshold[0], threshold[1]));
            if (recall < threshold[0] || falseAlarmRate > threshold[1]) {
                failures.add(language + ": " + wrong);
            }
        }
        assertThat(failures).as("languages below their thresholds").isEmpty();
    }

    private static List<Example> corpus() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (String language : THRESHOLDS.keySet()) {
            try (InputStream in = CrisisCorpusTest.class.getResourceAsStream("/crisis/corpus-" + language + ".tsv")) {
                assertThat(in).as("corpus-%s.tsv", language).isNotNull();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] fields = line.split("\t", 3);
                    assertThat(fields).as("line '%s' has language, label and text", line).hasSize(3);
                    assertThat(fields[1]).isIn("crisis", "concern", "none");
                    examples.add(new Example(fields[0], fields[1], fields[2]));
                }
            }
        }
        return examples;
    }
}
