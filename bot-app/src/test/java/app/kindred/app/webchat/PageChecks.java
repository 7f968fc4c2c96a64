package app.kindred.app.webchat;

import java.util.List;

/** Accessibility checks run inside the page: contrast of every visible text, labels of every control. */
final class PageChecks {

    private PageChecks() {
    }

    /** Visible text whose contrast with its background is below WCAG AA's 4.5:1, as "tag "text" ratio". */
    static final String CONTRAST = """
            function channel(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
            function luminance(rgb) { return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]); }
            function parse(color) {
              const m = color.match(/rgba?\\(([^)]+)\\)/);
              if (!m) { return null; }
              const p = m[1].split(',').map(s => parseFloat(s));
              return { rgb: p.slice(0, 3), alpha: p.length > 3 ? p[3] : 1 };
            }
            function background(el) {
              for (; el; el = el.parentElement) {
                const c = parse(getComputedStyle(el).backgroundColor);
                if (c && c.alpha > 0.5) { return c.rgb; }
              }
              return [255, 255, 255];
            }
            const problems = [];
            document.querySelectorAll('h1, h2, p, li, label, button, a, span, strong, em, option').forEach(el => {
              if (!el.getClientRects().length || el.disabled || !el.textContent.trim()) { return; }
              const fg = parse(getComputedStyle(el).color);
              const l1 = luminance(fg.rgb), l2 = luminance(background(el));
              const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
              if (ratio < 4.5) { problems.push(el.tagName + ' "' + el.textContent.trim().slice(0, 40) + '" ' + ratio.toFixed(2)); }
            });
            return problems;
            """;

    /** Buttons without a name, images without alt text, fields without a label. */
    static final String UNLABELLED = """
            const problems = [];
            document.querySelectorAll('button').forEach(b => {
              if (!b.textContent.trim() && !b.getAttribute('aria-label')) { problems.push('button without a label'); }
            });
            document.querySelectorAll('img').forEach(i => {
              if (!i.getAttribute('alt')) { problems.push('image without alt text: ' + i.src.slice(0, 40)); }
            });
            document.querySelectorAll('input:not([type=hidden]), textarea, select').forEach(f => {
              if (!f.labels || f.labels.length === 0) { problems.push('field without a label: ' + f.id); }
            });
            return problems;
            """;

    /** Every request the page made that went anywhere but the server that served it. */
    static final String FOREIGN_REQUESTS = """
            return performance.getEntriesByType('resource').map(r => r.name)
              .filter(url => !url.startsWith(location.origin + '/'));
            """;

    @SuppressWarnings("unchecked")
    static List<String> run(ChatTab tab, String script) {
        return (List<String>) tab.script(script);
    }
}
