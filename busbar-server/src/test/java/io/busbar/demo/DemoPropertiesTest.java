package io.busbar.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoPropertiesTest {

    @Test
    void unsetValuesTakeTheDefaults() {
        DemoProperties defaults = new DemoProperties(false, null, null, null);

        assertThat(defaults.enabled()).isFalse();
        assertThat(defaults.chargers()).isEqualTo(4);
        assertThat(defaults.speed()).isEqualTo(60.0);
        assertThat(defaults.sessionMinutes()).isEqualTo(90);
    }

    @Test
    void valuesOutOfRangeAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> new DemoProperties(true, 0, null, null))
                .hasMessageContaining("busbar.demo.chargers");
        assertThatThrownBy(() -> new DemoProperties(true, 501, null, null))
                .hasMessageContaining("busbar.demo.chargers");
        assertThatThrownBy(() -> new DemoProperties(true, null, 0.5, null))
                .hasMessageContaining("busbar.demo.speed");
        assertThatThrownBy(() -> new DemoProperties(true, null, Double.NaN, null))
                .hasMessageContaining("busbar.demo.speed");
        assertThatThrownBy(() -> new DemoProperties(true, null, null, 0))
                .hasMessageContaining("busbar.demo.session-minutes");
    }
}
