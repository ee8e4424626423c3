package io.busbar.ocpp.v16;

import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcException;
import io.busbar.ocpp.schema.PayloadBinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Invalid 1.6 payloads and the CALLERROR each must produce, with the 1.6 spelling of the codes (OCPP-J 1.6 §4.2.3). */
class Ocpp16NegativeTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final PayloadBinder binder = new PayloadBinder();

    private static JsonNode json(String singleQuoted) {
        return MAPPER.readTree(singleQuoted.replace('\'', '"'));
    }

    private static final String START = "{'connectorId': 1, 'idTag': 'B4A63CDF', 'meterStart': 1230450, 'timestamp': '2024-05-14T07:02:11Z'}";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {'idTag': 'B4A63CDF', 'meterStart': 1230450, 'timestamp': '2024-05-14T07:02:11Z'}                        | OccurenceConstraintViolation | connectorId: required property is missing
            {'connectorId': 1, 'idTag': 'B4A63CDF', 'meterStart': 0, 'timestamp': '2024-05-14T07:02:11Z', 'soc': 40} | OccurenceConstraintViolation | soc: property is not defined for StartTransactionRequest
            {'connectorId': '1', 'idTag': 'B4A63CDF', 'meterStart': 0, 'timestamp': '2024-05-14T07:02:11Z'}          | TypeConstraintViolation      | connectorId: expected integer but got string
            {'connectorId': 1, 'idTag': 'B4A63CDF', 'meterStart': 12.5, 'timestamp': '2024-05-14T07:02:11Z'}         | TypeConstraintViolation      | meterStart: expected integer but got number 12.5
            {'connectorId': 1, 'idTag': '123456789012345678901', 'meterStart': 0, 'timestamp': '2024-05-14T07:02:11Z'}| PropertyConstraintViolation  | idTag: length 21 exceeds maxLength 20
            {'connectorId': 1, 'idTag': 'B4A63CDF', 'meterStart': 0, 'timestamp': '14/05/2024 07:02'}                | PropertyConstraintViolation  | timestamp: '14/05/2024 07:02' is not an ISO-8601 date-time
            """)
    void invalidStartTransaction(String payload, String code, String description) {
        assertCallError(payload, StartTransactionRequest.class, code, description);
    }

    @Test
    void unknownStatusLiteral() {
        assertCallError("{'connectorId': 1, 'errorCode': 'NoError', 'status': 'Charging2'}", StatusNotificationRequest.class,
                "PropertyConstraintViolation", "status: 'Charging2' is not a ChargePointStatus");
    }

    @Test
    void unknownMeasurandDeepInMeterValues() {
        assertCallError("{'connectorId': 1, 'meterValue': [{'timestamp': '2024-05-14T08:20:00Z', "
                        + "'sampledValue': [{'value': '1'}, {'value': '2', 'measurand': 'Energy.Active.Import'}]}]}",
                MeterValuesRequest.class, "PropertyConstraintViolation",
                "meterValue[0].sampledValue[1].measurand: 'Energy.Active.Import' is not a Measurand");
    }

    @Test
    void sampledValueAsNumberIsATypeError() {
        // 1.6 SampledValue.value is a string; some firmware sends a number.
        assertCallError("{'connectorId': 1, 'meterValue': [{'timestamp': '2024-05-14T08:20:00Z', 'sampledValue': [{'value': 12}]}]}",
                MeterValuesRequest.class, "TypeConstraintViolation", "meterValue[0].sampledValue[0].value: expected string");
    }

    @Test
    void missingIdTagInfoStatusInResponse() {
        assertCallError("{'idTagInfo': {'expiryDate': '2024-06-14T00:00:00Z'}}", AuthorizeResponse.class,
                "OccurenceConstraintViolation", "idTagInfo.status: required property is missing");
    }

    @Test
    void payloadThatIsNotAnObject() {
        assertThatThrownBy(() -> binder.bind(json("[1, 2]"), HeartbeatRequest.class))
                .isInstanceOfSatisfying(RpcException.class,
                        e -> assertThat(e.toCallError(OcppVersion.V16).errorCode()).isEqualTo("FormationViolation"));
    }

    @Test
    void heartbeatWithAPropertyIsRejected() {
        assertCallError("{'currentTime': '2024-05-14T08:20:00Z'}", HeartbeatRequest.class,
                "OccurenceConstraintViolation", "currentTime: property is not defined for HeartbeatRequest");
    }

    @Test
    void offsetTimestampBecomesUtc() {
        StartTransactionRequest request = binder.bind(
                json(START.replace("2024-05-14T07:02:11Z", "2024-05-14T09:02:11+02:00")), StartTransactionRequest.class);

        assertThat(request.timestamp()).isEqualTo(Instant.parse("2024-05-14T07:02:11Z"));
    }

    @Test
    void outgoingResponseWithoutRequiredFieldIsCaughtBeforeSending() {
        BootNotificationResponse response = new BootNotificationResponse(RegistrationStatus.ACCEPTED, null, 300);

        assertThatThrownBy(() -> binder.validate(response)).isInstanceOfSatisfying(RpcException.class, e -> {
            assertThat(e.toCallError(OcppVersion.V16).errorCode()).isEqualTo("InternalError");
            assertThat(e.getMessage()).contains("currentTime: required property is missing");
        });
    }

    private void assertCallError(String payload, Class<?> type, String code, String description) {
        assertThatThrownBy(() -> binder.bind(json(payload), type)).isInstanceOfSatisfying(RpcException.class, e -> {
            assertThat(e.toCallError(OcppVersion.V16).errorCode()).isEqualTo(code);
            assertThat(e.getMessage()).startsWith(description);
        });
    }
}
