package app.kindred.core.crisis;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One helpline as published by its service.
 *
 * @param name    the service's name
 * @param phone   number to call, or null
 * @param text    number to text (SMS or a messaging app), or null
 * @param keyword word to send to the text number ("SHOUT"), or null when any message starts a conversation
 * @param url     web chat or information page, or null
 * @param hours   opening hours as the service states them ("24/7")
 * @param source  where the entry was checked
 * @param checked the date it was last checked against the source
 */
public record Helpline(String name, String phone, String text, String keyword, String url, String hours,
                       String source, LocalDate checked) {

    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> textNumber() {
        return Optional.ofNullable(text);
    }

    public Optional<String> textKeyword() {
        return Optional.ofNullable(keyword);
    }

    public Optional<String> link() {
        return Optional.ofNullable(url);
    }
}
