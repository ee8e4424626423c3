package io.busbar.ocpp.schema;

import io.busbar.ocpp.rpc.RpcError;

import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;

/**
 * The schema constraints declared on one record component. On a {@code List} component, {@code maxLength},
 * {@code min} and {@code max} apply to each item (the annotations cannot sit on the type argument), while
 * {@code minItems} and {@code maxItems} apply to the list.
 */
record Constraints(boolean required, int maxLength, Long min, Long max, int minItems, int maxItems) {

    static Constraints of(AnnotatedElement element, boolean primitive) {
        MaxLength maxLength = element.getAnnotation(MaxLength.class);
        Min min = element.getAnnotation(Min.class);
        Max max = element.getAnnotation(Max.class);
        MinItems minItems = element.getAnnotation(MinItems.class);
        MaxItems maxItems = element.getAnnotation(MaxItems.class);
        return new Constraints(
                // A primitive cannot be absent, so the field must be present whatever the annotations say.
                primitive || element.isAnnotationPresent(Required.class),
                maxLength == null ? Integer.MAX_VALUE : maxLength.value(),
                min == null ? null : min.value(),
                max == null ? null : max.value(),
                minItems == null ? 0 : minItems.value(),
                maxItems == null ? Integer.MAX_VALUE : maxItems.value());
    }

    void checkLength(String value, RpcError error) {
        if (value.length() > maxLength) {
            throw new Violation(error, "length " + value.length() + " exceeds maxLength " + maxLength);
        }
    }

    void checkRange(long value, RpcError error) {
        if (min != null && value < min) {
            throw new Violation(error, value + " is below minimum " + min);
        }
        if (max != null && value > max) {
            throw new Violation(error, value + " is above maximum " + max);
        }
    }

    void checkRange(BigDecimal value, RpcError error) {
        if (min != null && value.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw new Violation(error, value.toPlainString() + " is below minimum " + min);
        }
        if (max != null && value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new Violation(error, value.toPlainString() + " is above maximum " + max);
        }
    }

    void checkItems(int size, RpcError error) {
        if (size < minItems) {
            throw new Violation(error, size + " items, fewer than minItems " + minItems);
        }
        if (size > maxItems) {
            throw new Violation(error, size + " items, more than maxItems " + maxItems);
        }
    }
}
