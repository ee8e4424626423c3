package io.busbar.simulator.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Charger passwords for HTTP Basic auth: either one line holding the password every charger uses, or lines
 * {@code SIM-0001=password} per identity (a line that does not start with an identity and '=' is the shared one).
 */
final class PasswordFile {
    private static final Pattern IDENTITY_LINE = Pattern.compile("^[A-Za-z0-9._-]+-\\d+=.*");

    private final String shared;
    private final Map<String, String> byIdentity;

    private PasswordFile(String shared, Map<String, String> byIdentity) {
        this.shared = shared;
        this.byIdentity = byIdentity;
    }

    static PasswordFile none() {
        return new PasswordFile(null, Map.of());
    }

    static PasswordFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read password file " + file + ": " + e.getMessage());
        }
        String shared = null;
        Map<String, String> byIdentity = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (IDENTITY_LINE.matcher(line).matches()) {
                int eq = line.indexOf('=');
                byIdentity.put(line.substring(0, eq), line.substring(eq + 1));
            } else {
                shared = line.strip();
            }
        }
        return new PasswordFile(shared, byIdentity);
    }

    Optional<String> passwordOf(String identity) {
        return Optional.ofNullable(byIdentity.getOrDefault(identity, shared));
    }
}
