package app.kindred.core.tips;

import app.kindred.core.prompts.Prompts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognises "my friend is struggling, how can I help?" in any of Kindred's languages: a message that
 * names someone else (friend, partner, colleague, ...) and asks how to help or support them. The words
 * live in prompts/&lt;lang&gt;/tips.yml (tips.recognise), so they can be added to without touching Java.
 */
final class SupporterQuestion {

    private final List<String> someone = new ArrayList<>();
    private final List<String> helping = new ArrayList<>();

    SupporterQuestion(Prompts prompts) {
        for (String language : prompts.languages()) {
            prompts.variants(language, "tips.recognise.someone").orElse(List.of())
                    .forEach(word -> someone.add(" " + normal(word) + " "));
            prompts.variants(language, "tips.recognise.help").orElse(List.of())
                    .forEach(phrase -> helping.add(" " + normal(phrase)));
        }
    }

    boolean matches(String text) {
        String words = " " + normal(text) + " ";
        return containsAny(words, someone) && containsAny(words, helping);
    }

    private static boolean containsAny(String words, List<String> needles) {
        for (String needle : needles) {
            if (words.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, no accents, punctuation as spaces, single spaces: "¿Cómo   puedo AYUDAR?" -> "como puedo ayudar". */
    static String normal(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space && out.length() > 0) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }
}
