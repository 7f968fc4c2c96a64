package app.kindred.web;

import app.kindred.core.prompts.Prompts;

import java.util.Enumeration;
import java.util.Locale;

/** Picks the page's language: the first of the browser's languages that Kindred speaks, else the default. */
final class PageLanguage {

    private PageLanguage() {
    }

    static String pick(Enumeration<Locale> browserLocales, Prompts prompts, String fallback) {
        while (browserLocales.hasMoreElements()) {
            String language = browserLocales.nextElement().getLanguage();
            if (prompts.languages().contains(language)) {
                return language;
            }
        }
        return supported(fallback, prompts);
    }

    static String supported(String language, Prompts prompts) {
        return language != null && prompts.languages().contains(language) ? language : Prompts.BASE_LANGUAGE;
    }
}
