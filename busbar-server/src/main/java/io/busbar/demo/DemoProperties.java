package io.busbar.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code busbar.demo.*}, e.g. {@code BUSBAR_DEMO_CHARGERS=8}.
 *
 * @param enabled        start the demo fleet when Busbar is ready ({@code bin/busbar --demo} sets it)
 * @param chargers       how many simulated chargers, alternating OCPP 1.6 and 2.0.1
 * @param speed          how many times faster than real time the EVs charge (60: a simulated hour per minute)
 * @param sessionMinutes the typical length of a simulated charging session, in simulated minutes
 */
@ConfigurationProperties("busbar.demo")
record DemoProperties(boolean enabled, Integer chargers, Double speed, Integer sessionMinutes) {
    static final int MAX_CHARGERS = 500;
    static final double MAX_SPEED = 3600;
    static final int MAX_SESSION_MINUTES = 24 * 60;

    DemoProperties {
        chargers = chargers == null ? 4 : chargers;
        speed = speed == null ? 60.0 : speed;
        sessionMinutes = sessionMinutes == null ? 90 : sessionMinutes;
        if (chargers < 1 || chargers > MAX_CHARGERS) {
            throw new IllegalArgumentException("busbar.demo.chargers must be 1 to " + MAX_CHARGERS + ", was " + chargers);
        }
        if (!(speed >= 1 && speed <= MAX_SPEED)) {
            throw new IllegalArgumentException("busbar.demo.speed must be 1 to " + (int) MAX_SPEED + ", was " + speed);
        }
        if (sessionMinutes < 1 || sessionMinutes > MAX_SESSION_MINUTES) {
            throw new IllegalArgumentException("busbar.demo.session-minutes must be 1 to " + MAX_SESSION_MINUTES
                    + ", was " + sessionMinutes);
        }
    }
}
