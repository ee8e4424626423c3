package io.busbar.tariffs;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.stream.Collectors;

/**
 * Busbar's JSON of a {@link Tariff}: the record as Jackson writes it. The one format tariffs are stored in and shown
 * through the API, so both always agree.
 */
public final class TariffJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TariffJson() {
    }

    public static JsonNode toJson(Tariff tariff) {
        return JSON.valueToTree(tariff);
    }

    public static String write(Tariff tariff) {
        return JSON.writeValueAsString(tariff);
    }

    /** @throws InvalidTariffException naming the offending field */
    public static Tariff read(String json) {
        try {
            Tariff tariff = JSON.readValue(json, Tariff.class);
            if (tariff == null) {
                throw new InvalidTariffException("body", "a tariff is required");
            }
            return tariff;
        } catch (DatabindException e) {
            throw new InvalidTariffException(path(e), rootMessage(e));
        } catch (JacksonException e) {
            throw new InvalidTariffException("body", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The JSON path of the failing field, e.g. {@code elements[0].components[1].price}. */
    public static String path(DatabindException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }

    /**
     * What the model's own rules said (e.g. a negative price), or a plain "missing or wrong type": Jackson's own
     * messages name its internals (classes, feature flags), which mean nothing to an API client.
     */
    public static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof JacksonException || cause.getMessage() == null
                ? "is missing or has the wrong type or format" : cause.getMessage();
    }

    /** A tariff that cannot be read or violates the model's rules; {@code field} names where. */
    public static class InvalidTariffException extends RuntimeException {
        private final String field;

        public InvalidTariffException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
