package io.busbar.ocpp.schema;

import java.lang.invoke.MethodHandle;

/** One record component as a JSON property: its name on the wire, how to read it, its type and constraints. */
record Component(String name, MethodHandle accessor, ValueType type, Constraints constraints) {

    Object valueOf(Object record) {
        try {
            return accessor.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Accessor of " + name + " failed", e);
        }
    }
}
