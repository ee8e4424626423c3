package io.busbar.gateway;

import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.schema.PayloadBinder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dispatch table is checked when the application starts, not when a charger first sends the action. */
class HandlerTableTest {
    private final PayloadBinder binder = new PayloadBinder();

    @Test
    void two_handlers_for_the_same_action_and_version_fail_the_start_up() {
        var first = handler(TestActions.heartbeat(OcppVersion.V16));
        var second = handler(TestActions.heartbeat(OcppVersion.V16));

        assertThatThrownBy(() -> new HandlerTable(List.of(first, second), binder))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ocpp1.6/Heartbeat");
    }

    @Test
    void the_same_action_in_both_versions_is_two_entries() {
        var v16 = handler(TestActions.heartbeat(OcppVersion.V16));
        var v201 = handler(TestActions.heartbeat(OcppVersion.V201));

        var table = new HandlerTable(List.of(v16, v201), binder);

        assertThat(table.find(OcppVersion.V16, "Heartbeat")).isSameAs(v16);
        assertThat(table.find(OcppVersion.V201, "Heartbeat")).isSameAs(v201);
        assertThat(table.find(OcppVersion.V201, "Reset")).isNull();
    }

    @Test
    void a_handler_for_an_action_only_the_csms_sends_fails_the_start_up() {
        assertThatThrownBy(() -> new HandlerTable(List.of(handler(TestActions.reset(OcppVersion.V16))), binder))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only the CSMS sends");
    }

    @Test
    void a_message_type_the_binder_cannot_bind_fails_the_start_up() {
        record NotBindable(Thread thread) {
        }
        var action = Action.fromCharger(OcppVersion.V16, "Odd", NotBindable.class, TestActions.HeartbeatResponse.class);

        assertThatThrownBy(() -> new HandlerTable(List.of(handler(action)), binder))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static <Q, R> InboundHandler<Q, R> handler(Action<Q, R> action) {
        return new InboundHandler<>() {
            @Override
            public Action<Q, R> action() {
                return action;
            }

            @Override
            public R handle(ChargerContext charger, Q request) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
