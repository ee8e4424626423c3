package io.busbar.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * API answers for templates where a field the API left out reads as null. The API omits null fields, and
 * Thymeleaf's {@code ${charger.label}} on a map without the key fails the whole page instead of giving null.
 * {@link ConsoleApi} hands out every answer so.
 */
final class TemplateMaps {
    private TemplateMaps() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Map<String, Object> object) {
        return object == null ? null : (Map<String, Object>) wrap(object);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> of(List<Map<String, Object>> objects) {
        return (List<Map<String, Object>>) wrap(objects);
    }

    private static Object wrap(Object value) {
        if (value instanceof Map<?, ?> map) {
            AbsentIsNull wrapped = new AbsentIsNull();
            map.forEach((key, field) -> wrapped.put(String.valueOf(key), wrap(field)));
            return wrapped;
        }
        if (value instanceof List<?> list) {
            List<Object> wrapped = new ArrayList<>(list.size());
            list.forEach(element -> wrapped.add(wrap(element)));
            return wrapped;
        }
        return value;
    }

    /** Every key "is there": SpEL's map access asks {@code containsKey} before {@code get}. */
    private static final class AbsentIsNull extends LinkedHashMap<String, Object> {
        @Override
        public boolean containsKey(Object key) {
            return true;
        }
    }
}
