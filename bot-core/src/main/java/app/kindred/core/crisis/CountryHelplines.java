package app.kindred.core.crisis;

import java.util.List;

/**
 * The helplines of one country and its emergency number.
 *
 * @param country   ISO 3166-1 alpha-2 code
 * @param name      the country's English name, for lists
 * @param emergency the emergency number ("999", "112")
 * @param lines     the helplines, most relevant first
 */
public record CountryHelplines(String country, String name, String emergency, List<Helpline> lines) {

    public CountryHelplines {
        lines = List.copyOf(lines);
    }
}
