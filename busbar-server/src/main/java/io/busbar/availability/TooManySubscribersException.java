package io.busbar.availability;

/** The tenant already has as many stream subscribers as allowed. */
public class TooManySubscribersException extends RuntimeException {
    public TooManySubscribersException(int limit) {
        super("This feed already has " + limit + " subscribers; try again later");
    }
}
