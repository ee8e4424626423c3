package io.busbar.ocpp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.busbar.ocpp.rpc.RpcError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the binder knows about one record type, computed once per class by reflection: its components in
 * declaration order and its canonical constructor as method handles. Immutable, shared by all threads.
 */
final class RecordShape {
    /** OCPP 2.0.1 allows {@code customData} on every object; a record that does not declare it ignores it. */
    private static final String CUSTOM_DATA = "customData";

    private static final ClassValue<RecordShape> CACHE = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    private final Class<?> type;
    private final Component[] components;
    private final Map<String, Component> byName;
    private final MethodHandle constructor;

    private RecordShape(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        this.type = type;
        RecordComponent[] recordComponents = type.getRecordComponents();
        this.components = new Component[recordComponents.length];
        Map<String, Component> names = new HashMap<>();
        Class<?>[] parameterTypes = new Class<?>[recordComponents.length];
        for (int i = 0; i < recordComponents.length; i++) {
            RecordComponent rc = recordComponents[i];
            parameterTypes[i] = rc.getType();
            // @JsonProperty does not target record components; javac copies it to the accessor.
            JsonProperty rename = rc.getAccessor().getAnnotation(JsonProperty.class);
            String name = rename == null || rename.value().isEmpty() ? rc.getName() : rename.value();
            String where = type.getSimpleName() + "." + rc.getName();
            components[i] = new Component(name, accessor(rc), ValueType.of(rc.getGenericType(), where),
                    Constraints.of(rc, rc.getType().isPrimitive()));
            names.put(name, components[i]);
        }
        this.byName = Map.copyOf(names);
        this.constructor = constructor(type, parameterTypes);
    }

    static RecordShape of(Class<?> type) {
        return CACHE.get(type);
    }

    private static MethodHandle accessor(RecordComponent component) {
        try {
            var method = component.getAccessor();
            method.trySetAccessible();
            return MethodHandles.lookup().unreflect(method).asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("Cannot read " + component + ": make the record public", e);
        }
    }

    private static MethodHandle constructor(Class<?> type, Class<?>[] parameterTypes) {
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
            canonical.trySetAccessible();
            return MethodHandles.lookup().unreflectConstructor(canonical)
                    .asSpreader(Object[].class, parameterTypes.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalArgumentException("Cannot construct " + type.getName() + ": make the record public", e);
        }
    }

    Object read(JsonNode node) {
        Object[] args = new Object[components.length];
        int present = 0;
        for (int i = 0; i < components.length; i++) {
            Component component = components[i];
            JsonNode value = node.get(component.name());
            if (value != null) {
                present++;
            }
            if (value == null || value.isNull()) {
                if (component.constraints().required()) {
                    throw new Violation(RpcError.OCCURRENCE_CONSTRAINT_VIOLATION, "required property is missing")
                            .at(component.name());
                }
                continue;
            }
            try {
                args[i] = component.type().read(value, component.constraints());
            } catch (Violation violation) {
                throw violation.at(component.name());
            }
        }
        if (present != node.size()) {
            rejectUndeclared(node);
        }
        return construct(args);
    }

    /** The official schemas set additionalProperties false, so an undeclared property is an occurrence error. */
    private void rejectUndeclared(JsonNode node) {
        for (String name : node.propertyNames()) {
            if (!byName.containsKey(name) && !CUSTOM_DATA.equals(name)) {
                throw new Violation(RpcError.OCCURRENCE_CONSTRAINT_VIOLATION,
                        "property is not defined for " + type.getSimpleName()).at(name);
            }
        }
    }

    private Object construct(Object[] args) {
        try {
            return constructor.invokeExact(args);
        } catch (IllegalArgumentException | NullPointerException e) {
            // The record's own invariants (compact constructor) rejected a schema-valid value.
            throw new Violation(RpcError.PROPERTY_CONSTRAINT_VIOLATION, String.valueOf(e.getMessage()));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Constructor of " + type.getName() + " failed", e);
        }
    }

    ObjectNode write(Object record) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (Component component : components) {
            Object value = component.valueOf(record);
            if (value != null) {
                object.set(component.name(), component.type().write(value));
            }
        }
        return object;
    }

    void check(Object record) {
        for (Component component : components) {
            Object value = component.valueOf(record);
            try {
                if (value == null) {
                    if (component.constraints().required()) {
                        throw new Violation(RpcError.INTERNAL_ERROR, "required property is missing");
                    }
                } else {
                    component.type().check(value, component.constraints());
                }
            } catch (Violation violation) {
                throw violation.at(component.name());
            }
        }
    }

    void resolve(Set<Class<?>> visited) {
        for (Component component : components) {
            component.type().resolve(visited);
        }
    }

    Class<?> type() {
        return type;
    }

    @Override
    public String toString() {
        return type.getSimpleName() + Arrays.stream(components).map(Component::name).toList();
    }
}
