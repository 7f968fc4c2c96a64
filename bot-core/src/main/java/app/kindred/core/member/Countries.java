package app.kindred.core.member;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Countries as members name them: an ISO 3166-1 code ("gb", "ES") or the country's name in one of Kindred's languages. */
public final class Countries {

    private static final List<String> NAME_LANGUAGES = List.of("en", "es", "de", "fr");
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = names();

    private Countries() {
    }

    /** Whether a two-letter code, in any case, names a country. */
    public static boolean isCode(String code) {
        return code.length() == 2 && CODES.contains(code.toUpperCase(Locale.ROOT));
    }

    /** The code of the country typed as a code or a name ("Spain", "Alemania", "royaume-uni"), if it is one. */
    public static Optional<String> find(String typed) {
        String wanted = typed.strip();
        if (wanted.matches("[A-Za-z]{2}")) {
            return isCode(wanted) ? Optional.of(wanted.toUpperCase(Locale.ROOT)) : Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(fold(wanted)));
    }

    /** Lower case letters only, accents removed, so "Royaume-Uni" and "royaume uni" are the same name. */
    public static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String code : CODES) {
            Locale region = new Locale("", code);
            for (String language : NAME_LANGUAGES) {
                String name = fold(region.getDisplayCountry(Locale.forLanguageTag(language)));
                if (name.length() > 2) {
                    names.putIfAbsent(name, code);
                }
            }
        }
        return Map.copyOf(names);
    }
}
