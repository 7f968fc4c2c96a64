package app.kindred.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the chat API's form fields leniently: bytes that are not valid in the form's charset become U+FFFD
 * instead of failing the request. The servlet container refuses such a form with a bare 400 and logs the
 * field's value, which may be what a member wrote; read here, the member is still answered (someone in
 * crisis included) and nothing they wrote reaches the log. The page always sends valid UTF-8; other clients
 * (and lone surrogates some of them encode byte by byte) need not.
 */
final class LenientFormFields extends OncePerRequestFilter {

    private static final String API = "/chat/api/";
    /** The container's own default limit for a form; a longer body is read up to here. */
    private static final int MAX_BODY = 2 * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(API);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            // The page posts forms; anything else (the stream's query, say) is the container's to read.
            chain.doFilter(request, response);
            return;
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String query = request.getQueryString();
        if (query != null) {
            parse(query.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8, fields);
        }
        parse(request.getInputStream().readNBytes(MAX_BODY), charsetOf(request), fields);
        chain.doFilter(new Fields(request, fields), response);
    }

    private static Charset charsetOf(HttpServletRequest request) {
        String name = request.getCharacterEncoding();
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Splits "a=1&b=2" and decodes each name and value, percent escapes and "+" included. */
    static void parse(byte[] form, Charset charset, Map<String, List<String>> into) {
        int start = 0;
        while (start <= form.length) {
            int end = indexOf(form, (byte) '&', start, form.length);
            if (end > start) {
                int nameEnd = indexOf(form, (byte) '=', start, end);
                String name = decode(form, start, nameEnd, charset);
                String value = nameEnd < end ? decode(form, nameEnd + 1, end, charset) : "";
                if (!name.isEmpty()) {
                    into.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
            }
            start = end + 1;
        }
    }

    /** Where the byte is in [from, to), or {@code to}. */
    private static int indexOf(byte[] bytes, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return to;
    }

    private static String decode(byte[] form, int from, int to, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = form[i];
            int high = i + 2 < to ? Character.digit(form[i + 1], 16) : -1;
            int low = i + 2 < to ? Character.digit(form[i + 2], 16) : -1;
            if (b == '%' && high >= 0 && low >= 0) {
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                bytes.write(b == '+' ? ' ' : b);
            }
        }
        // new String(...) replaces what the charset cannot decode; it never throws.
        return new String(bytes.toByteArray(), charset);
    }

    /** The request with the fields read here in place of the container's. */
    private static final class Fields extends HttpServletRequestWrapper {

        private final Map<String, String[]> fields;

        Fields(HttpServletRequest request, Map<String, List<String>> parsed) {
            super(request);
            Map<String, String[]> copy = new LinkedHashMap<>();
            parsed.forEach((name, values) -> copy.put(name, values.toArray(String[]::new)));
            this.fields = Collections.unmodifiableMap(copy);
        }

        @Override
        public String getParameter(String name) {
            String[] values = fields.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = fields.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return fields;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(fields.keySet());
        }
    }
}
