package io.busbar.chargers;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A label an operator puts on chargers to address them as a group (e.g. {@code depot-north}, {@code pilot:2026}).
 * 1 to 64 characters: letters, digits and {@code . _ : -}, starting with a letter or digit, so a tag fits in a URL
 * path segment as is. Case-sensitive.
 */
public record ChargerTag(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    public ChargerTag {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A tag has 1 to 64 characters (letters, digits, '.', '_', ':', '-')"
                    + " and starts with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
