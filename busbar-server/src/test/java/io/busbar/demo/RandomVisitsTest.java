package io.busbar.demo;

import io.busbar.demo.RandomVisits.Visit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RandomVisitsTest {
    private static final Duration TYPICAL_STAY = Duration.ofMinutes(90);
    private static final int DRAWS = 2_000;

    @Test
    void everyEvIsWithinTheDemoBounds() {
        RandomVisits visits = new RandomVisits(new Random(42), TYPICAL_STAY);

        for (int i = 0; i < DRAWS; i++) {
            Visit visit = visits.next();
            assertThat(visit.ev().batteryWh()).isBetween(40_000L, 100_000L);
            assertThat(visit.ev().socPercent()).isBetween(10.0, 70.0);
            assertThat(visit.ev().maxPowerW() + "W/" + visit.ev().phases())
                    .isIn("7400W/1", "11000W/3", "22000W/3");
            assertThat(visit.idle()).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(30));
            assertThat(visit.stay()).isBetween(Duration.ofMinutes(45), Duration.ofMinutes(135));
        }
    }

    @Test
    void theFleetSeesAVarietyOfEvs() {
        RandomVisits visits = new RandomVisits(new Random(7), TYPICAL_STAY);
        Set<Long> powers = new HashSet<>();
        Set<Long> batteries = new HashSet<>();
        Set<Duration> stays = new HashSet<>();

        for (int i = 0; i < DRAWS; i++) {
            Visit visit = visits.next();
            powers.add(visit.ev().maxPowerW());
            batteries.add(visit.ev().batteryWh());
            stays.add(visit.stay());
        }

        assertThat(powers).containsExactlyInAnyOrder(7_400L, 11_000L, 22_000L);
        assertThat(batteries).contains(40_000L, 100_000L).hasSizeGreaterThan(50);
        assertThat(stays).hasSizeGreaterThan(100);
    }

    @Test
    void theSameSeedGivesTheSameVisits() {
        assertThat(draw(new RandomVisits(new Random(99), TYPICAL_STAY)))
                .isEqualTo(draw(new RandomVisits(new Random(99), TYPICAL_STAY)));
    }

    @Test
    void aTypicalStayUnderAMinuteIsRefused() {
        assertThatThrownBy(() -> new RandomVisits(new Random(1), Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Visit> draw(RandomVisits visits) {
        List<Visit> drawn = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            drawn.add(visits.next());
        }
        return drawn;
    }
}
