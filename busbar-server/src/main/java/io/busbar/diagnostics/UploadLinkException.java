package io.busbar.diagnostics;

/** An upload to a link Busbar never issued, or one already used or expired. Nothing was kept. */
public class UploadLinkException extends RuntimeException {
    public enum Reason { UNKNOWN, USED, EXPIRED }

    private final Reason reason;

    public UploadLinkException(Reason reason) {
        super(switch (reason) {
            case UNKNOWN -> "No such upload link";
            case USED -> "This upload link was already used";
            case EXPIRED -> "This upload link has expired";
        });
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
