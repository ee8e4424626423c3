package io.busbar.ocpp16;

import eu.chargetime.ocpp.ClientEvents;
import eu.chargetime.ocpp.JSONClient;
import eu.chargetime.ocpp.JSONConfiguration;
import eu.chargetime.ocpp.feature.profile.ClientCoreEventHandler;
import eu.chargetime.ocpp.feature.profile.ClientCoreProfile;
import eu.chargetime.ocpp.model.Confirmation;
import eu.chargetime.ocpp.model.Request;
import eu.chargetime.ocpp.model.core.*;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.RestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Busbar against an independent OCPP 1.6J implementation: ChargeTime's Java-OCA-OCPP client (its own JSON
 * codec, WebSocket stack and validation) boots, authorizes and runs a metered transaction with HTTP Basic auth.
 */
@BusbarTest
class ChargeTimeClientTest {
    private static final String IDENTITY = "CHARGETIME-01";
    private static final String PASSWORD = "chargetime-secret-123";
    private static final String TOKEN = "CT-CARD-0001";

    @LocalServerPort
    int port;
    JSONClient client;

    @AfterEach
    void disconnect() {
        if (client != null) {
            client.disconnect();
        }
    }

    @Test
    @DisplayName("TC_001 + TC_003 with ChargeTime's client: boot, authorize, start, meter values, stop; visible through REST")
    void fullSessionWithIndependentClient() throws Exception {
        RestApi api = new RestApi(port);
        api.post("/api/v1/chargers", Map.of("identity", IDENTITY, "password", PASSWORD));
        api.post("/api/v1/id-tokens", Map.of("value", TOKEN));

        ClientCoreProfile core = new ClientCoreProfile(new AcceptingHandler());
        JSONConfiguration configuration = JSONConfiguration.get()
                .setParameter(JSONConfiguration.USERNAME_PARAMETER, IDENTITY)
                .setParameter(JSONConfiguration.PASSWORD_PARAMETER, PASSWORD.getBytes());
        client = new JSONClient(core, IDENTITY, configuration);
        CompletableFuture<Void> opened = new CompletableFuture<>();
        client.connect("ws://localhost:" + port + "/ocpp", new ClientEvents() {
            @Override
            public void connectionOpened() {
                opened.complete(null);
            }

            @Override
            public void connectionClosed() {
                opened.completeExceptionally(new IllegalStateException("closed"));
            }
        });
        opened.get(10, TimeUnit.SECONDS);

        BootNotificationConfirmation boot = send(core.createBootNotificationRequest("ChargeTime", "JavaOcaOcpp"));
        assertThat(boot.getStatus()).isEqualTo(RegistrationStatus.Accepted);
        assertThat(boot.getInterval()).isEqualTo(300);

        StatusNotificationConfirmation status = send(core.createStatusNotificationRequest(1,
                ChargePointErrorCode.NoError, ChargePointStatus.Preparing));
        assertThat(status).isNotNull();

        AuthorizeConfirmation authorize = send(core.createAuthorizeRequest(TOKEN));
        assertThat(authorize.getIdTagInfo().getStatus()).isEqualTo(AuthorizationStatus.Accepted);

        ZonedDateTime start = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneOffset.UTC);
        StartTransactionConfirmation started = send(core.createStartTransactionRequest(1, TOKEN, 12_000, start));
        assertThat(started.getIdTagInfo().getStatus()).isEqualTo(AuthorizationStatus.Accepted);
        int transactionId = started.getTransactionId();

        MeterValuesRequest meterValues = core.createMeterValuesRequest(1, start.plusMinutes(15), "14500");
        meterValues.setTransactionId(transactionId);
        assertThat((Confirmation) send(meterValues)).isNotNull();

        StopTransactionRequest stop = core.createStopTransactionRequest(17_250, start.plusMinutes(30), transactionId);
        stop.setReason(Reason.EVDisconnected);
        assertThat((Confirmation) send(stop)).isNotNull();

        JsonNode session = api.onlySessionOf(IDENTITY);
        assertThat(session.get("transactionNumber").asInt()).isEqualTo(transactionId);
        assertThat(session.get("energyWh").asLong()).isEqualTo(5_250);
        assertThat(session.get("stopReason").asString()).isEqualTo("EVDisconnected");
        JsonNode readings = api.get("/api/v1/sessions/" + session.get("id").asString() + "/meter-values");
        assertThat(readings.findValuesAsString("value")).isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private <T extends Confirmation> T send(Request request) throws Exception {
        return (T) client.send(request).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** The charge point side: accepts whatever Busbar asks (not exercised in this test). */
    private static final class AcceptingHandler implements ClientCoreEventHandler {
        public ChangeAvailabilityConfirmation handleChangeAvailabilityRequest(ChangeAvailabilityRequest r) {
            return new ChangeAvailabilityConfirmation(AvailabilityStatus.Accepted);
        }

        public GetConfigurationConfirmation handleGetConfigurationRequest(GetConfigurationRequest r) {
            return new GetConfigurationConfirmation();
        }

        public ChangeConfigurationConfirmation handleChangeConfigurationRequest(ChangeConfigurationRequest r) {
            return new ChangeConfigurationConfirmation(ConfigurationStatus.Accepted);
        }

        public ClearCacheConfirmation handleClearCacheRequest(ClearCacheRequest r) {
            return new ClearCacheConfirmation(ClearCacheStatus.Accepted);
        }

        public DataTransferConfirmation handleDataTransferRequest(DataTransferRequest r) {
            return new DataTransferConfirmation(DataTransferStatus.UnknownVendorId);
        }

        public RemoteStartTransactionConfirmation handleRemoteStartTransactionRequest(RemoteStartTransactionRequest r) {
            return new RemoteStartTransactionConfirmation(RemoteStartStopStatus.Accepted);
        }

        public RemoteStopTransactionConfirmation handleRemoteStopTransactionRequest(RemoteStopTransactionRequest r) {
            return new RemoteStopTransactionConfirmation(RemoteStartStopStatus.Accepted);
        }

        public ResetConfirmation handleResetRequest(ResetRequest r) {
            return new ResetConfirmation(ResetStatus.Accepted);
        }

        public UnlockConnectorConfirmation handleUnlockConnectorRequest(UnlockConnectorRequest r) {
            return new UnlockConnectorConfirmation(UnlockStatus.Unlocked);
        }
    }
}
