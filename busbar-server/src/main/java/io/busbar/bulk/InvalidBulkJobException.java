package io.busbar.bulk;

/** A bulk job request that cannot be run as given; {@link #field()} names the offending input. Nothing was stored. */
public class InvalidBulkJobException extends IllegalArgumentException {
    private final String field;

    public InvalidBulkJobException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
