package app.kindred.core.crisis;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads prompts/helplines.yml: an international directory and, per country, the emergency number and lines. */
public final class YamlHelplineDirectory implements HelplineDirectory {

    private final Map<String, CountryHelplines> countries;
    private final Helpline international;

    private YamlHelplineDirectory(Map<String, CountryHelplines> countries, Helpline international) {
        this.countries = countries;
        this.international = international;
    }

    public static YamlHelplineDirectory bundled() {
        try (InputStream in = YamlHelplineDirectory.class.getClassLoader().getResourceAsStream("prompts/helplines.yml")) {
            if (in == null) {
                throw new IllegalStateException("prompts/helplines.yml is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static YamlHelplineDirectory read(InputStream in) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        Helpline international = helpline((Map<String, Object>) root.get("international"));
        Map<String, CountryHelplines> countries = new TreeMap<>();
        Map<Object, Object> byCountry = (Map<Object, Object>) root.get("countries");
        byCountry.forEach((key, value) -> {
            if (!(key instanceof String code)) {
                // A bare NO is read as a boolean by YAML: country codes must be quoted.
                throw new IllegalStateException("prompts/helplines.yml: quote the country code " + key);
            }
            Map<String, Object> entry = (Map<String, Object>) value;
            List<Helpline> lines = new ArrayList<>();
            for (Object line : (List<Object>) entry.getOrDefault("lines", List.of())) {
                lines.add(helpline((Map<String, Object>) line));
            }
            String upper = code.toUpperCase(Locale.ROOT);
            countries.put(upper, new CountryHelplines(upper, string(entry, "name"), string(entry, "emergency"),
                    string(entry, "source"), date(entry.get("checked")), lines));
        });
        return new YamlHelplineDirectory(Collections.unmodifiableMap(countries), international);
    }

    @Override
    public Optional<CountryHelplines> country(String countryCode) {
        return countryCode == null ? Optional.empty()
                : Optional.ofNullable(countries.get(countryCode.strip().toUpperCase(Locale.ROOT)));
    }

    @Override
    public Collection<CountryHelplines> countries() {
        return countries.values();
    }

    @Override
    public Helpline international() {
        return international;
    }

    private static Helpline helpline(Map<String, Object> map) {
        return new Helpline(string(map, "name"), string(map, "phone"), string(map, "text"), string(map, "keyword"),
                string(map, "url"), string(map, "hours"), string(map, "source"), date(map.get("checked")));
    }

    private static LocalDate date(Object checked) {
        return checked == null ? null
                : checked instanceof java.util.Date d ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                : LocalDate.parse(checked.toString());
    }

    private static String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }
}
