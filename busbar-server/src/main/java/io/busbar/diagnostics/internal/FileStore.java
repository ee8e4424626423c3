package io.busbar.diagnostics.internal;

import io.busbar.diagnostics.FileTooLargeException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Files under {@code busbar.files.directory}, named by a random id inside a folder per kind (never by a name a
 * client chose). A write streams the content, counts it against a limit and computes its SHA-256; a failed or
 * oversized write leaves nothing behind.
 */
@Component
class FileStore {
    private final Path root;

    FileStore(FilesProperties properties) {
        this.root = properties.directory().toAbsolutePath().normalize();
    }

    /** {@code relativePath} is what to keep in the database; {@link #resolve} turns it back into a file. */
    record Stored(String relativePath, long size, String sha256) {
    }

    Stored write(String kind, InputStream content, long limitBytes) {
        Path folder = root.resolve(kind);
        String relative = kind + "/" + UUID.randomUUID();
        Path target = root.resolve(relative);
        try {
            Files.createDirectories(folder);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
                size = copy(content, out, limitBytes);
            }
            return new Stored(relative, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            deleteQuietly(target);
            throw new UncheckedIOException("Could not store the file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    Path resolve(String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalStateException("Stored path outside the files directory: " + relativePath);
        }
        return file;
    }

    void delete(String relativePath) {
        deleteQuietly(resolve(relativePath));
    }

    private static long copy(InputStream in, OutputStream out, long limitBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > limitBytes) {
                throw new FileTooLargeException(limitBytes);
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover file is harmless: nothing in the database points to it.
        }
    }
}
