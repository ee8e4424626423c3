package io.busbar.ocpp.v16;

import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.message.Initiator;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.schema.PayloadBinder;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class Ocpp16CatalogTest {
    private final PayloadBinder binder = new PayloadBinder();

    @Test
    void everyActionsRequestAndResponseHaveBindableMetadata() {
        assertThat(Ocpp16.CATALOG.all()).allSatisfy(action -> {
            binder.requireBindable(action.requestType());
            binder.requireBindable(action.responseType());
        });
    }

    @Test
    void catalogListsEveryActionConstant() {
        long constants = Arrays.stream(Ocpp16.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == Action.class)
                .count();

        assertThat(Ocpp16.CATALOG.all()).hasSize((int) constants).hasSize(34);
        assertThat(Ocpp16.CATALOG.version()).isEqualTo(OcppVersion.V16);
    }

    @Test
    void typesAreNamedAfterTheirAction() {
        assertThat(Ocpp16.CATALOG.all()).allSatisfy(action -> {
            assertThat(action.requestType().getSimpleName()).isEqualTo(action.name() + "Request");
            assertThat(action.responseType().getSimpleName()).isEqualTo(action.name() + "Response");
        });
    }

    @Test
    void initiatorsFollowTheSpec() {
        assertThat(Ocpp16.CATALOG.find("DataTransfer")).get().extracting(Action::initiator).isEqualTo(Initiator.EITHER);
        assertThat(Ocpp16.CATALOG.initiatedBy(Initiator.CHARGER)).extracting(Action::name).containsExactlyInAnyOrder(
                "Authorize", "BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification", "Heartbeat",
                "MeterValues", "StartTransaction", "StatusNotification", "StopTransaction", "SecurityEventNotification",
                "SignedFirmwareStatusNotification", "LogStatusNotification");
        assertThat(Ocpp16.CATALOG.initiatedBy(Initiator.CSMS)).hasSize(21);
    }

    @Test
    void constantsAreTheCatalogEntries() throws IllegalAccessException {
        for (Field field : Ocpp16.class.getFields()) {
            if (field.getType() == Action.class) {
                Action<?, ?> action = (Action<?, ?>) field.get(null);
                assertThat(Ocpp16.CATALOG.find(action.name())).containsSame(action);
            }
        }
    }
}
