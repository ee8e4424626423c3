package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.message.Initiator;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.ocpp.rpc.RpcError;
import io.busbar.ocpp.rpc.RpcException;
import io.busbar.ocpp.schema.PayloadBinder;
import io.busbar.ocpp.schema.Required;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link Ocpp201#CATALOG} holds all 64 OCPP 2.0.1 actions, each with records the binder can work with. */
class Ocpp201CatalogTest {
    private static final Set<String> FROM_CHARGING_STATION = Set.of(
            "Authorize", "BootNotification", "ClearedChargingLimit", "FirmwareStatusNotification",
            "Get15118EVCertificate", "GetCertificateStatus", "Heartbeat", "LogStatusNotification", "MeterValues",
            "NotifyChargingLimit", "NotifyCustomerInformation", "NotifyDisplayMessages", "NotifyEVChargingNeeds",
            "NotifyEVChargingSchedule", "NotifyEvent", "NotifyMonitoringReport", "NotifyReport",
            "PublishFirmwareStatusNotification", "ReportChargingProfiles", "ReservationStatusUpdate",
            "SecurityEventNotification", "SignCertificate", "StatusNotification", "TransactionEvent");
    private static final Set<Class<?>> SCALARS = Set.of(
            String.class, Integer.class, Long.class, BigDecimal.class, Boolean.class, Instant.class, JsonNode.class);

    private final PayloadBinder binder = new PayloadBinder();

    static Collection<Action<?, ?>> actions() {
        return Ocpp201.CATALOG.all();
    }

    static Stream<Class<?>> messageTypes() {
        return actions().stream().flatMap(a -> Stream.of(a.requestType(), a.responseType()));
    }

    @Test
    void holdsEveryActionOfTheSpecificationOnce() {
        assertThat(Ocpp201.CATALOG.version()).isEqualTo(OcppVersion.V201);
        assertThat(actions()).hasSize(64).allSatisfy(a -> assertThat(a.version()).isEqualTo(OcppVersion.V201));
        assertThat(Ocpp201.CATALOG.find("TransactionEvent")).contains(Ocpp201.TRANSACTION_EVENT);
        assertThat(Ocpp201.CATALOG.find("StartTransaction")).isEmpty();
    }

    @Test
    void initiatorsFollowTheSpecification() {
        assertThat(Ocpp201.CATALOG.initiatedBy(Initiator.CHARGER))
                .extracting(Action::name).containsExactlyInAnyOrderElementsOf(FROM_CHARGING_STATION);
        assertThat(Ocpp201.CATALOG.initiatedBy(Initiator.EITHER)).containsExactly(Ocpp201.DATA_TRANSFER);
        assertThat(Ocpp201.CATALOG.initiatedBy(Initiator.CSMS)).hasSize(64 - FROM_CHARGING_STATION.size() - 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void messageRecordsAreNamedAfterTheAction(Action<?, ?> action) {
        assertThat(action.requestType().getSimpleName()).isEqualTo(action.name() + "Request");
        assertThat(action.responseType().getSimpleName()).isEqualTo(action.name() + "Response");
        assertThat(action.requestType().isRecord()).isTrue();
        assertThat(action.responseType().isRecord()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageTypes")
    void everyReachableTypeIsOneTheBinderSupports(Class<?> messageType) {
        Set<Class<?>> seen = new HashSet<>();
        checkType(messageType, messageType.getSimpleName(), seen);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void binderBuildsMetadataForEveryAction(Action<?, ?> action) {
        assertThatCode(() -> {
            binder.requireBindable(action.requestType());
            binder.requireBindable(action.responseType());
        }).doesNotThrowAnyException();
    }

    /** Building the binder's metadata for a type happens on first bind: an empty object must fail only on required fields. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("messageTypes")
    void anEmptyObjectFailsOnlyOnRequiredFields(Class<?> messageType) {
        JsonNode empty = GoldenExamples.JSON.createObjectNode();
        boolean hasRequired = Arrays.stream(messageType.getRecordComponents())
                .anyMatch(c -> c.isAnnotationPresent(Required.class));

        if (hasRequired) {
            RpcException refused = catchThrowableOfType(RpcException.class, () -> binder.bind(empty, messageType));
            assertThat(refused).isNotNull();
            assertThat(refused.error()).isEqualTo(RpcError.OCCURRENCE_CONSTRAINT_VIOLATION);
        } else {
            Object message = binder.bind(empty, messageType);
            assertThat(binder.toTree(message).isEmpty()).isTrue();
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType list) {
            assertThat(list.getRawType()).as(path).isEqualTo(List.class);
            checkType(list.getActualTypeArguments()[0], path + "[]", seen);
            return;
        }
        Class<?> cls = (Class<?>) type;
        if (SCALARS.contains(cls) || !seen.add(cls)) {
            return;
        }
        assertThat(cls.getPackage()).as(path).isEqualTo(Ocpp201.class.getPackage());
        if (cls.isEnum()) {
            checkEnum(cls, path);
            return;
        }
        assertThat(cls.isRecord()).as(path + " is a record").isTrue();
        for (RecordComponent component : cls.getRecordComponents()) {
            assertThat(component.getName()).as(path).isNotEqualTo("customData");
            checkType(component.getGenericType(), path + "." + component.getName(), seen);
        }
    }

    private static void checkEnum(Class<?> enumType, String path) {
        Set<String> literals = new HashSet<>();
        for (var constant : enumType.getFields()) {
            if (!constant.isEnumConstant()) {
                continue;
            }
            JsonProperty literal = constant.getAnnotation(JsonProperty.class);
            assertThat(literal).as(path + " " + enumType.getSimpleName() + "." + constant.getName()).isNotNull();
            assertThat(literals.add(literal.value())).as("unique literal " + literal.value()).isTrue();
            assertThat(constant.getName()).matches("[A-Z0-9_]+");
        }
    }
}
