package io.busbar.ocpp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spec literals of an enum: each constant's {@code @JsonProperty} value (e.g.
 * {@code "Energy.Active.Import.Register"}), or its name when it has none. Computed once per enum type.
 *
 * @param <E> the enum type
 */
public final class EnumLiterals<E extends Enum<E>> {
    private static final ClassValue<EnumLiterals<?>> CACHE = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected EnumLiterals<?> computeValue(Class<?> type) {
            return new EnumLiterals(type);
        }
    };

    private final Class<E> type;
    private final String[] literalByOrdinal;
    private final Map<String, E> byLiteral;

    private EnumLiterals(Class<E> type) {
        this.type = type;
        E[] constants = type.getEnumConstants();
        this.literalByOrdinal = new String[constants.length];
        Map<String, E> map = new HashMap<>();
        for (E constant : constants) {
            String literal = literalOf(type, constant);
            literalByOrdinal[constant.ordinal()] = literal;
            if (map.putIfAbsent(literal, constant) != null) {
                throw new IllegalArgumentException("Duplicate literal " + literal + " in " + type.getName());
            }
        }
        this.byLiteral = Map.copyOf(map);
    }

    private static String literalOf(Class<?> type, Enum<?> constant) {
        try {
            JsonProperty property = type.getField(constant.name()).getAnnotation(JsonProperty.class);
            return property == null || property.value().isEmpty() ? constant.name() : property.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Enum constant without field: " + constant, e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <E extends Enum<E>> EnumLiterals<E> of(Class<E> type) {
        return (EnumLiterals<E>) CACHE.get(type);
    }

    /** The spec literal of a constant, e.g. {@code "Energy.Active.Import.Register"}. */
    public static String literal(Enum<?> constant) {
        return CACHE.get(constant.getDeclaringClass()).literalByOrdinal[constant.ordinal()];
    }

    /** The constant whose literal is exactly {@code literal} (case-sensitive, as in the schemas). */
    public Optional<E> find(String literal) {
        return Optional.ofNullable(byLiteral.get(literal));
    }

    E get(String literal) {
        return byLiteral.get(literal);
    }

    String literalOf(Enum<?> constant) {
        return literalByOrdinal[constant.ordinal()];
    }

    public Class<E> type() {
        return type;
    }

    /** All literals in declaration order. */
    public List<String> literals() {
        return Arrays.asList(literalByOrdinal.clone());
    }
}
