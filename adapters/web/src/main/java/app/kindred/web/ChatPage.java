package app.kindred.web;

import app.kindred.core.conversation.CoreSettings;
import app.kindred.core.conversation.Kindred;
import app.kindred.core.prompts.Prompts;
import app.kindred.core.prompts.Say;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Serves the chat page, its script and its style, all from the jar. */
@Controller
@Conditional(WebChatSwitch.On.class)
class ChatPage {

    private final PageTemplate page = PageTemplate.bundled();
    private final byte[] script = resource("page/chat.js");
    private final byte[] style = resource("page/chat.css");
    private final Prompts prompts;
    private final CoreSettings settings;
    private final WebChatProperties properties;
    private final ChatGate gate;

    ChatPage(Kindred kindred, WebChatProperties properties, ChatGate gate) {
        this.prompts = kindred.services().prompts();
        this.settings = kindred.services().settings();
        this.properties = properties;
        this.gate = gate;
    }

    @GetMapping({"/", "/chat"})
    public ResponseEntity<String> page(HttpServletRequest request) {
        String language = PageLanguage.pick(request.getLocales(), prompts, settings.defaultLanguage());
        Optional<ChatGate.Refusal> refusal = gate.check(request, ChatGate.Purpose.PAGE);
        if (refusal.isPresent()) {
            return ResponseEntity.status(refusal.get().status()).headers(SecurityHeaders.standard())
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(MessageHtml.plain(new Say(prompts, language).text(refusal.get().key())));
        }
        String html = page.render(prompts, language, Map.of(
                "lang", language,
                "community", properties.defaultCommunity(),
                "limit", Integer.toString(settings.maxTextLength()),
                "nameLimit", Integer.toString(properties.maxNameLength())));
        return ResponseEntity.ok().headers(SecurityHeaders.standard())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    @GetMapping("/chat/chat.js")
    public ResponseEntity<byte[]> script() {
        return ResponseEntity.ok().headers(SecurityHeaders.standard())
                .contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8")).body(script);
    }

    @GetMapping("/chat/chat.css")
    public ResponseEntity<byte[]> style() {
        return ResponseEntity.ok().headers(SecurityHeaders.standard())
                .contentType(MediaType.parseMediaType("text/css;charset=UTF-8")).body(style);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ChatPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the web chat's " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
