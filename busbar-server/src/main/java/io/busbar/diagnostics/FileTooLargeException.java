package io.busbar.diagnostics;

/** An upload went past its size limit; nothing of it was kept. */
public class FileTooLargeException extends RuntimeException {
    private final long limitBytes;

    public FileTooLargeException(long limitBytes) {
        super("The file is larger than the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
