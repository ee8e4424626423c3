package io.busbar.predictive.method;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * An EVSE's learned state as bytes, so it survives a restart: an explicit binary format, never Java serialization.
 *
 * <p>Format 1 (big-endian, {@link DataOutput} primitives): one byte {@code 1} (the format version); the window
 * shape it was learned with (baseline sessions, recent sessions, history buckets: int; bucket width in ms: long;
 * endings window: int); then the no-load references and the session in progress, the last ended session, the
 * thermal series, the three sag series, the fault buckets in use and the session endings. An instant is a presence
 * byte then epoch seconds (long) and nanos (int); a string a presence byte then modified UTF-8. Doubles are stored
 * exactly (NaN included), so a state read back assesses exactly as the one written.
 *
 * <p>A state of another version, or learned with a different window shape (the settings changed), is
 * {@link Unreadable}: the caller relearns rather than misreads.
 */
public final class EvseHealthFormat {
    public static final int VERSION = 1;

    private EvseHealthFormat() {
    }

    public static byte[] write(EvseHealth health) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            writeShape(out, health.settings);
            health.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** The state in {@code bytes}, for an EVSE assessed with {@code settings}. */
    public static EvseHealth read(byte[] bytes, PredictiveSettings settings) throws Unreadable {
        if (bytes == null || bytes.length == 0) {
            throw new Unreadable("empty state");
        }
        if (bytes[0] != VERSION) {
            throw new Unreadable("unknown format version " + bytes[0]);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 1, bytes.length - 1))) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            writeShape(new DataOutputStream(expected), settings);
            byte[] shape = new byte[expected.size()];
            in.readFully(shape);
            if (!java.util.Arrays.equals(shape, expected.toByteArray())) {
                throw new Unreadable("learned with other window settings (baseline/recent sessions, fault buckets or"
                        + " endings window changed)");
            }
            EvseHealth health = new EvseHealth(settings);
            health.readFrom(in);
            if (in.read() != -1) {
                throw new Unreadable("trailing bytes");
            }
            return health;
        } catch (IOException e) {
            throw new Unreadable("corrupt state: " + e);
        }
    }

    private static void writeShape(DataOutputStream out, PredictiveSettings settings) throws IOException {
        out.writeInt(settings.baselineSessions());
        out.writeInt(settings.recentSessions());
        out.writeInt(settings.historyBuckets());
        out.writeLong(settings.faultBucket().toMillis());
        out.writeInt(settings.outcomeWindow());
    }

    static void writeInstant(DataOutput out, Instant at) throws IOException {
        out.writeBoolean(at != null);
        if (at != null) {
            out.writeLong(at.getEpochSecond());
            out.writeInt(at.getNano());
        }
    }

    static Instant readInstant(DataInput in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        long seconds = in.readLong();
        int nanos = bounded(in.readInt(), 0, 999_999_999, "nanos");
        try {
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (java.time.DateTimeException e) {
            throw new StreamCorruptedException("instant out of range");
        }
    }

    static void writeString(DataOutput out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    static String readString(DataInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    static int bounded(int value, int min, int max, String what) throws StreamCorruptedException {
        if (value < min || value > max) {
            throw new StreamCorruptedException(what + " " + value + " outside " + min + ".." + max);
        }
        return value;
    }

    /** A stored state this version cannot read (the EVSE relearns). */
    public static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason);
        }
    }
}
