package app.kindred.web;

import app.kindred.core.contract.CharacterEscapes;

import java.util.Map;

/** HTML escaping for text and attribute values: everything a member or a template supplies goes through it. */
final class Html {

    /** Both quotes, so a value is safe in an attribute however the template quotes it. */
    private static final CharacterEscapes ESCAPES = new CharacterEscapes(
            Map.of('&', "&amp;", '<', "&lt;", '>', "&gt;", '"', "&quot;", '\'', "&#39;"));

    private Html() {
    }

    static String escape(String text) {
        return ESCAPES.escape(text);
    }
}
