package io.busbar.ocpp.v201;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example payloads under {@code golden/v201/}. A file is named {@code <RecordName>[-<variant>].json}, so its
 * name says which message record it must bind to.
 */
final class GoldenExamples {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FOLDER = "/golden/v201/";

    private GoldenExamples() {
    }

    static List<String> fileNames() {
        try (Stream<Path> files = Files.list(Path.of(GoldenExamples.class.getResource(FOLDER).toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String fileName) {
        try (InputStream in = GoldenExamples.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("No golden example " + fileName);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Class<?> recordTypeOf(String fileName) {
        String recordName = fileName.replaceFirst("\\.json$", "").split("-", 2)[0];
        try {
            return Class.forName(Ocpp201.class.getPackageName() + "." + recordName);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(fileName + " names no OCPP 2.0.1 record", e);
        }
    }
}
