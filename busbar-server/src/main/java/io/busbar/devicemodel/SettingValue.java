package io.busbar.devicemodel;

import java.time.Instant;

/**
 * A setting as the charger reported it just now. {@code name} is the common name when there is one; {@code raw}
 * the 1.6 key or the 2.0.1 variable (with {@code :AttributeType} when not Actual). {@code status} is Accepted when
 * the value was read; a 2.0.1 charger may answer Rejected (e.g. a write-only variable), then {@code value} is null.
 * {@code readonly} is known for 1.6 keys only (null on 2.0.1).
 */
public record SettingValue(String name, String raw, String value, String status, Boolean readonly, Instant readAt) {
}
