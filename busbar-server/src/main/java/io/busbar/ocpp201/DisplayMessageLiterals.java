package io.busbar.ocpp201;

import io.busbar.commands.DisplayMessage;
import io.busbar.commands.InvalidCommandException;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v201.Component;
import io.busbar.ocpp.v201.Evse;
import io.busbar.ocpp.v201.MessageInfo;

/**
 * Display-message fields between the neutral records (2.0.1 literals as strings) and MessageInfoType. A message
 * for one EVSE goes to the "Display" component of that EVSE (OCPP 2.0.1 Part 2 appendix: Display component).
 */
final class DisplayMessageLiterals {
    static final String DISPLAY_COMPONENT = "Display";

    private DisplayMessageLiterals() {
    }

    /** The constant of {@code type} whose literal is {@code literal}; null stays null. */
    static <E extends Enum<E>> E parse(Class<E> type, String field, String literal) {
        if (literal == null) {
            return null;
        }
        EnumLiterals<E> literals = EnumLiterals.of(type);
        return literals.find(literal).orElseThrow(() -> new InvalidCommandException(
                field + " must be one of " + String.join(", ", literals.literals()) + ", was " + literal));
    }

    static Component display(Integer evseId) {
        return evseId == null ? null : new Component(new Evse(evseId, null), DISPLAY_COMPONENT, null);
    }

    static DisplayMessage neutral(MessageInfo info) {
        Integer evseId = info.display() == null || info.display().evse() == null ? null : info.display().evse().id();
        return new DisplayMessage(info.id(), Ocpp201Mapping.literal(info.priority()),
                Ocpp201Mapping.literal(info.state()), Ocpp201Mapping.literal(info.message().format()),
                info.message().language(), info.message().content(), info.startDateTime(), info.endDateTime(),
                info.transactionId(), evseId);
    }
}
