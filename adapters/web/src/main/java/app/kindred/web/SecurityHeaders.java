package app.kindred.web;

import org.springframework.http.HttpHeaders;

/**
 * Headers on everything the web chat serves. The policy lets the page load only its own script and style
 * and talk only to this server, so nothing leaves the machine, and an escaping slip cannot run a script.
 */
final class SecurityHeaders {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static HttpHeaders standard() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Content-Security-Policy", POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
        return headers;
    }
}
