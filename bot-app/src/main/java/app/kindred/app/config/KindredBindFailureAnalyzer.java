package app.kindred.app.config;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One sentence for a {@code kindred.*} value Spring cannot even convert (a duration without a unit, a
 * word where a number goes), so every bad Kindred setting reads the same way. Other keys keep Spring's
 * own analysis.
 */
public final class KindredBindFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        String key = cause.getName().toString();
        if (!key.startsWith("kindred.")) {
            return null;
        }
        ConfigurationProperty property = cause.getProperty();
        String value = property == null ? null : String.valueOf(property.getValue());
        String sentence = key + (value == null ? " cannot be read" : " is '" + value + "'") + ", which "
                + expectation(cause.getTarget().getType()) + ".";
        return new FailureAnalysis(sentence, null, cause);
    }

    private static String expectation(ResolvableType type) {
        Class<?> target = type.resolve(Object.class);
        if (target == Duration.class) {
            return "is not a duration: use a number with a unit, such as 15s, 10m or 7d";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "is not a whole number: use digits only, such as 30";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "is not true or false: use true or false";
        }
        if (target.isEnum()) {
            String choices = Arrays.stream(target.getEnumConstants())
                    .map(constant -> constant.toString().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
            return "is not one of the choices: use one of " + choices;
        }
        return "Kindred cannot read: see the configuration table in the README for what it takes";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
