package io.busbar.connectivity;

import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.message.ActionCatalog;
import io.busbar.ocpp.message.Initiator;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No message a charger may send is answered NotImplemented: every charger-initiated action of both versions
 * (and DataTransfer, which either side sends) has a handler in the running application.
 */
@BusbarTest
class HandlerCoverageTest {
    @Autowired
    List<InboundHandler<?, ?>> handlers;

    @Test
    void everyChargerInitiatedActionOfBothVersionsHasAHandler() {
        List<Action<?, ?>> handled = handlers.stream().<Action<?, ?>>map(InboundHandler::action).toList();
        List<Action<?, ?>> expected = Stream.of(Ocpp16.CATALOG, Ocpp201.CATALOG)
                .flatMap(HandlerCoverageTest::chargerInitiated).toList();

        assertThat(handled).containsAll(expected);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(13 + 25);
    }

    private static Stream<Action<?, ?>> chargerInitiated(ActionCatalog catalog) {
        return catalog.all().stream().filter(a -> a.initiator() != Initiator.CSMS);
    }
}
