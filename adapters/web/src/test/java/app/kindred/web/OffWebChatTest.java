package app.kindred.web;

import app.kindred.core.delivery.Messenger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Listening beyond this machine without kindred.web.public, the web chat is not served at all. */
@SpringBootTest(classes = WebChatTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=0.0.0.0")
class OffWebChatTest {

    @LocalServerPort
    int port;

    @Autowired
    ObjectProvider<Messenger> messengers;

    @Test
    void no_page_no_api_and_no_messenger() {
        HttpTab tab = new HttpTab(port);

        assertThat(tab.get("/").status()).isEqualTo(404);
        assertThat(tab.join("name", "Maya").status()).isEqualTo(404);
        assertThat(messengers.stream()).isEmpty();
    }
}
