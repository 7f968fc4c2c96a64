package app.kindred.web;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Reads the web chat's exposure from the environment; the conditions below switch its beans on and off. */
final class WebChatSwitch {

    private WebChatSwitch() {
    }

    static WebChatExposure exposure(Binder binder) {
        boolean enabled = binder.bind("kindred.web.enabled", Boolean.class).orElse(true);
        boolean open = binder.bind("kindred.web.public", Boolean.class).orElse(false);
        String address = binder.bind("server.address", String.class).orElse(null);
        return WebChatExposure.decide(enabled, open, address);
    }

    /** True when the web chat runs (locally or in public). */
    static final class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return exposure(Binder.get(context.getEnvironment())).isOn();
        }
    }

    /** True when the web chat is off, so the app can say why once at start. */
    static final class Off implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !exposure(Binder.get(context.getEnvironment())).isOn();
        }
    }
}
