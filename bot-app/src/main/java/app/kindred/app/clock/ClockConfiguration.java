package app.kindred.app.clock;

import app.kindred.app.config.KindredProperties;
import app.kindred.app.config.KindredSettings;
import app.kindred.core.delivery.Dispatch;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Ticks the core's clock every {@code kindred.clock-tick} while the app runs. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    ClockTicker clockTicker(Dispatch dispatch, Clock clock, KindredProperties properties, MeterRegistry metrics) {
        return new ClockTicker(dispatch, clock, KindredSettings.clockTick(properties.clockTick()), metrics);
    }
}
