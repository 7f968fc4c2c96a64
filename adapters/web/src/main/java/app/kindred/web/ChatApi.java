package app.kindred.web;

import app.kindred.core.contract.ButtonPressed;
import app.kindred.core.contract.CommandIssued;
import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.TextWritten;
import app.kindred.core.conversation.Kindred;
import app.kindred.core.delivery.Dispatch;
import app.kindred.core.prompts.Prompts;
import app.kindred.core.prompts.Say;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The chat page's API. A tab joins and gets a secret token, which it keeps to itself and sends in a header
 * with every request; what it writes and presses is attributed to that token's member and nobody else.
 * Kindred's answers come back through the tab's stream, never in these responses.
 */
@RestController
@RequestMapping("/chat/api")
@Conditional(WebChatSwitch.On.class)
class ChatApi {

    static final String TOKEN_HEADER = "X-Kindred-Session";
    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(5);
    /** Kindred reads free text up to the core's limit; beyond a few times that a request is not read at all. */
    private static final int HARD_CAP_FACTOR = 4;
    private static final int MAX_PAYLOAD = 128;

    private final ChatSessions sessions;
    private final ChatGate gate;
    private final Dispatch dispatch;
    private final Prompts prompts;
    private final WebChatProperties properties;
    private final int textLimit;
    private final String defaultLanguage;

    ChatApi(ChatSessions sessions, ChatGate gate, Dispatch dispatch, Kindred kindred, WebChatProperties properties) {
        this.sessions = sessions;
        this.gate = gate;
        this.dispatch = dispatch;
        this.prompts = kindred.services().prompts();
        this.properties = properties;
        this.textLimit = kindred.services().settings().maxTextLength();
        this.defaultLanguage = kindred.services().settings().defaultLanguage();
    }

    /**
     * Starts a chat for a new member.
     *
     * @param locale   the browser's language tag, such as "en-GB"
     * @param timeZone the browser's zone, such as "Europe/London"
     * @param first    "helplines" when the tab joined through the help link, so helplines come first
     */
    @PostMapping("/join")
    public ResponseEntity<String> join(HttpServletRequest request,
                                       @RequestParam(defaultValue = "") String name,
                                       @RequestParam(defaultValue = "") String community,
                                       @RequestParam(defaultValue = "") String locale,
                                       @RequestParam(defaultValue = "") String timeZone,
                                       @RequestParam(defaultValue = "") String humanProof,
                                       @RequestParam(defaultValue = "") String first) {
        LocaleHints hints = hints(locale, timeZone);
        String language = PageLanguage.supported(hints.languageHint().orElse(defaultLanguage), prompts);
        Optional<ChatGate.Refusal> refusal = gate.check(request, ChatGate.Purpose.JOIN);
        if (refusal.isPresent()) {
            return refuse(refusal.get(), language);
        }
        boolean forHelp = first.equals("helplines");
        String stripped = name.strip().replaceAll("\\p{Cntrl}", "");
        String displayName = hasVisibleCharacter(stripped) ? stripped : "";
        String place = community.isBlank() ? properties.defaultCommunity() : community.strip();
        if (displayName.isEmpty() && !forHelp) {
            return error(HttpStatus.BAD_REQUEST, language, "web.errors.name-missing");
        }
        if (displayName.codePointCount(0, displayName.length()) > properties.maxNameLength()) {
            return error(HttpStatus.BAD_REQUEST, language, "web.errors.name-too-long", "limit", properties.maxNameLength());
        }
        if (!place.matches(ChatSessions.COMMUNITY_PATTERN) || place.length() > properties.maxNameLength()) {
            return error(HttpStatus.BAD_REQUEST, language, "web.errors.community-invalid");
        }
        if (!gate.isHuman(request, humanProof)) {
            return error(HttpStatus.FORBIDDEN, language, "web.errors.not-human");
        }
        Optional<ChatSession> opened = sessions.open(place, displayName, hints, language);
        if (opened.isEmpty()) {
            return error(HttpStatus.SERVICE_UNAVAILABLE, language, "web.errors.full");
        }
        ChatSession session = opened.get();
        dispatch.submit(new CommandIssued(session.sender(), session.place(), forHelp ? "helplines" : "start", ""));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", session.token());
        answer.put("limit", textLimit);
        return json(HttpStatus.OK, JsonLine.of(answer));
    }

    /** The tab's stream: every event after {@code after}, then live ones, until it times out and reconnects. */
    @GetMapping("/stream")
    public ResponseEntity<?> stream(HttpServletRequest request,
                                    @RequestHeader(name = TOKEN_HEADER, defaultValue = "") String token,
                                    @RequestParam(defaultValue = "0") long after) {
        Optional<ChatGate.Refusal> refusal = gate.check(request, ChatGate.Purpose.READ);
        if (refusal.isPresent()) {
            return refuse(refusal.get(), defaultLanguage);
        }
        Optional<ChatSession> found = sessions.byToken(token);
        if (found.isEmpty()) {
            return sessionEnded(defaultLanguage);
        }
        if (sessions.isClosing()) {
            return error(HttpStatus.SERVICE_UNAVAILABLE, defaultLanguage, "web.errors.network");
        }
        ChatSession session = found.get();
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        emitter.onCompletion(() -> session.detach(emitter));
        emitter.onTimeout(() -> session.detach(emitter));
        emitter.onError(e -> session.detach(emitter));
        session.attach(emitter, after);
        return ResponseEntity.ok().headers(SecurityHeaders.standard()).body(emitter);
    }

    /** Something the member wrote: a command when it starts with "/", else free text. */
    @PostMapping("/say")
    public ResponseEntity<String> say(HttpServletRequest request,
                                      @RequestHeader(name = TOKEN_HEADER, defaultValue = "") String token,
                                      @RequestParam(defaultValue = "") String text) {
        return act(request, token, session -> {
            String line = text.strip();
            if (line.isEmpty()) {
                return error(HttpStatus.BAD_REQUEST, session.pageLanguage(), "web.errors.empty");
            }
            if (line.codePointCount(0, line.length()) > textLimit * HARD_CAP_FACTOR) {
                return error(HttpStatus.CONTENT_TOO_LARGE, session.pageLanguage(), "web.errors.too-long", "limit", textLimit);
            }
            Inbound event;
            if (line.startsWith("/") && line.length() > 1 && !Character.isWhitespace(line.charAt(1))) {
                String[] words = line.substring(1).split("\\s+", 2);
                event = new CommandIssued(session.sender(), session.place(), words[0], words.length > 1 ? words[1] : "");
            } else {
                event = new TextWritten(session.sender(), session.place(), text);
            }
            dispatch.submit(event);
            return accepted();
        });
    }

    /**
     * A press of one of Kindred's buttons or options. The payload goes to the core untouched, as this tab's
     * member: a payload copied from another tab is refused there because it names the other member.
     */
    @PostMapping("/press")
    public ResponseEntity<String> press(HttpServletRequest request,
                                        @RequestHeader(name = TOKEN_HEADER, defaultValue = "") String token,
                                        @RequestParam(defaultValue = "") String payload,
                                        @RequestParam(defaultValue = "") String ref) {
        return act(request, token, session -> {
            if (payload.isEmpty() || payload.length() > MAX_PAYLOAD) {
                return error(HttpStatus.BAD_REQUEST, session.pageLanguage(), "web.errors.bad-press");
            }
            // Only this tab's own messages may have their buttons retired by its presses.
            String ownRef = session.owns(ref) ? ref : "";
            dispatch.submit(new ButtonPressed(session.sender(), session.place(), payload, ownRef));
            return accepted();
        });
    }

    private ResponseEntity<String> act(HttpServletRequest request, String token,
                                       Function<ChatSession, ResponseEntity<String>> action) {
        Optional<ChatGate.Refusal> refusal = gate.check(request, ChatGate.Purpose.ACT);
        if (refusal.isPresent()) {
            return refuse(refusal.get(), defaultLanguage);
        }
        return sessions.byToken(token).map(action).orElseGet(() -> sessionEnded(defaultLanguage));
    }

    /** A name of zero-width characters alone would greet the member as nobody. */
    private static boolean hasVisibleCharacter(String name) {
        return name.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && Character.getType(cp) != Character.FORMAT);
    }

    private static LocaleHints hints(String locale, String timeZone) {
        Locale parsed = Locale.forLanguageTag(locale.strip());
        String language = parsed.getLanguage().matches("[a-z]{2}") ? parsed.getLanguage() : null;
        String country = parsed.getCountry().matches("[A-Z]{2}") ? parsed.getCountry() : null;
        return new LocaleHints(language, country, zone(timeZone.strip()));
    }

    private static String zone(String value) {
        if (value.isEmpty() || value.length() > 64) {
            return null;
        }
        try {
            return ZoneId.of(value).getId();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private ResponseEntity<String> sessionEnded(String language) {
        return error(HttpStatus.UNAUTHORIZED, language, "web.errors.session-ended");
    }

    private ResponseEntity<String> refuse(ChatGate.Refusal refusal, String language) {
        return error(refusal.status(), language, refusal.key());
    }

    private ResponseEntity<String> error(HttpStatus status, String language, String key, Object... values) {
        String sentence = MessageHtml.plain(new Say(prompts, language).text(key, values));
        return json(status, JsonLine.of(Map.of("error", sentence)));
    }

    private static ResponseEntity<String> accepted() {
        return json(HttpStatus.ACCEPTED, "{}");
    }

    private static ResponseEntity<String> json(HttpStatus status, String body) {
        return ResponseEntity.status(status).headers(SecurityHeaders.standard())
                .contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
