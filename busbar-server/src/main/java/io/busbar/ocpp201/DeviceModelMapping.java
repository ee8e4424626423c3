package io.busbar.ocpp201;

import io.busbar.commands.InvalidCommandException;
import io.busbar.devicemodel.ReportPart;
import io.busbar.devicemodel.VariableRef;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v201.Component;
import io.busbar.ocpp.v201.Evse;
import io.busbar.ocpp.v201.ReportData;
import io.busbar.ocpp.v201.Variable;
import io.busbar.ocpp.v201.VariableAttribute;
import io.busbar.ocpp.v201.VariableCharacteristics;

import java.util.List;

/** Pure mappings between the 2.0.1 device-model types and the version-neutral {@link VariableRef}. */
final class DeviceModelMapping {
    private DeviceModelMapping() {
    }

    static Component component(VariableRef ref) {
        Evse evse = ref.evseId() == null ? null : new Evse(ref.evseId(), ref.connectorId());
        return new Component(evse, ref.component(), ref.componentInstance());
    }

    /** @throws InvalidCommandException when the reference names no variable */
    static Variable variable(VariableRef ref) {
        if (ref.variable() == null) {
            throw new InvalidCommandException(ref.text() + " names a component without a variable");
        }
        return new Variable(ref.variable(), ref.variableInstance());
    }

    static VariableRef ref(Component component, Variable variable) {
        Evse evse = component.evse();
        return new VariableRef(component.name(), component.instance(), evse == null ? null : evse.id(),
                evse == null ? null : evse.connectorId(), variable == null ? null : variable.name(),
                variable == null ? null : variable.instance());
    }

    /** The constant of {@code type} whose spec literal is {@code literal}; null stays null. */
    static <E extends Enum<E>> E literal(Class<E> type, String literal, String field) {
        if (literal == null) {
            return null;
        }
        return EnumLiterals.of(type).find(literal).orElseThrow(() -> new InvalidCommandException(
                field + " '" + literal + "' is not one of " + java.util.Arrays.stream(type.getEnumConstants())
                        .map(EnumLiterals::literal).toList()));
    }

    static ReportPart.ReportedVariable reported(ReportData data) {
        List<ReportPart.ReportedAttribute> attributes = data.variableAttribute().stream()
                .map(DeviceModelMapping::attribute).toList();
        VariableCharacteristics c = data.variableCharacteristics();
        return new ReportPart.ReportedVariable(ref(data.component(), data.variable()), attributes,
                c == null ? null : c.unit(), c == null ? null : Ocpp201Mapping.literal(c.dataType()),
                c == null ? null : c.minLimit(), c == null ? null : c.maxLimit(), c == null ? null : c.valuesList());
    }

    private static ReportPart.ReportedAttribute attribute(VariableAttribute a) {
        return new ReportPart.ReportedAttribute(Ocpp201Mapping.literal(a.type()), a.value(),
                Ocpp201Mapping.literal(a.mutability()), a.persistent(), a.constant());
    }
}
