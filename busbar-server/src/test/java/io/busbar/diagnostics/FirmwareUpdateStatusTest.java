package io.busbar.diagnostics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.busbar.diagnostics.FirmwareUpdateStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Which news moves a firmware update job: what keeps a late or repeated notification from undoing an outcome. */
class FirmwareUpdateStatusTest {

    @Test
    void anUnfinishedJobTakesWhateverTheChargerReportsEvenBeforeTheAnswerArrived() {
        assertThat(REQUESTED.movesTo(DOWNLOADING)).isTrue();
        assertThat(ACCEPTED.movesTo(INSTALLING)).as("chargers skip steps").isTrue();
        assertThat(DOWNLOADED.movesTo(DOWNLOAD_FAILED)).isTrue();
        assertThat(INSTALL_REBOOTING.movesTo(INSTALLED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = FirmwareUpdateStatus.class, names = {"REJECTED", "NOT_SENT", "DOWNLOAD_FAILED",
            "INVALID_SIGNATURE", "INSTALLATION_FAILED", "INSTALL_VERIFICATION_FAILED", "VERIFIED", "CANCELED"})
    void aFinishedJobStaysAsItIs(FirmwareUpdateStatus finished) {
        assertThat(finished.finished()).isTrue();
        for (FirmwareUpdateStatus news : FirmwareUpdateStatus.values()) {
            assertThat(finished.movesTo(news)).as(finished + " -> " + news).isFalse();
        }
    }

    @Test
    void installedOnlyBecomesVerified() {
        assertThat(INSTALLED.movesTo(VERIFIED)).isTrue();
        assertThat(INSTALLED.movesTo(INSTALLING)).isFalse();
        assertThat(INSTALLED.movesTo(TIMED_OUT)).isFalse();
    }

    @Test
    void aTimedOutJobWhoseChargerWasMerelySlowCarriesOn() {
        assertThat(TIMED_OUT.movesTo(DOWNLOADED)).isTrue();
        assertThat(TIMED_OUT.movesTo(TIMED_OUT)).isFalse();
    }

    @Test
    void repeatedNewsIsNotAStep() {
        assertThat(DOWNLOADING.movesTo(DOWNLOADING)).isFalse();
    }
}
