package app.kindred.core.contract;

import java.util.Map;

/**
 * Escapes text for a platform's markup by replacing each character that markup reads (HTML's {@code <},
 * say) with what stands for it there, and copying every other character. Each adapter holds its own table,
 * because what must be escaped is the platform's to say.
 */
public final class CharacterEscapes {

    private final String special;
    private final String[] replacements;

    /** @param replacements each character the markup reads, and what to write instead */
    public CharacterEscapes(Map<Character, String> replacements) {
        StringBuilder special = new StringBuilder();
        this.replacements = new String[replacements.size()];
        for (Map.Entry<Character, String> replacement : replacements.entrySet()) {
            this.replacements[special.length()] = replacement.getValue();
            special.append(replacement.getKey().charValue());
        }
        this.special = special.toString();
    }

    public String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int which = special.indexOf(c);
            if (which < 0) {
                out.append(c);
            } else {
                out.append(replacements[which]);
            }
        }
        return out.toString();
    }
}
