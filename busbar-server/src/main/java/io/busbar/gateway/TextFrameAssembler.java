package io.busbar.gateway;

/**
 * Joins the parts of one text message. Tomcat allocates its message buffer eagerly for every session, so the
 * gateway keeps that buffer small (8 KiB) and accepts partial messages: the rare frame larger than the buffer
 * is joined here, up to the configured maximum, at a cost paid only while such a frame is in transit.
 * Not thread-safe: Tomcat delivers the parts of one connection's messages one after the other.
 */
final class TextFrameAssembler {
    /** How much of an oversized frame is kept to read its MessageTypeId and MessageId from. */
    private static final int PREFIX_KEPT = 128;

    private final int maxChars;
    private StringBuilder parts;
    private String oversizedPrefix;

    TextFrameAssembler(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Adds a part; returns the whole frame when {@code last}, else null. */
    Frame add(String part, boolean last) {
        if (last && parts == null && oversizedPrefix == null) {
            return part.length() > maxChars ? Frame.oversized(prefix(part)) : Frame.complete(part);
        }
        if (oversizedPrefix == null) {
            if (parts == null) {
                parts = new StringBuilder(Math.min(maxChars, part.length() * 2));
            }
            if (parts.length() + part.length() > maxChars) {
                oversizedPrefix = prefix(parts.length() > 0 ? parts.toString() : part);
                parts = null;
            } else {
                parts.append(part);
            }
        }
        if (!last) {
            return null;
        }
        Frame frame = oversizedPrefix != null ? Frame.oversized(oversizedPrefix) : Frame.complete(parts.toString());
        parts = null;
        oversizedPrefix = null;
        return frame;
    }

    private static String prefix(String text) {
        return text.length() <= PREFIX_KEPT ? text : text.substring(0, PREFIX_KEPT);
    }

    /** A whole inbound text frame, or the beginning of one that was too large to accept. */
    record Frame(String text, boolean oversized) {
        static Frame complete(String text) {
            return new Frame(text, false);
        }

        static Frame oversized(String prefix) {
            return new Frame(prefix, true);
        }
    }
}
