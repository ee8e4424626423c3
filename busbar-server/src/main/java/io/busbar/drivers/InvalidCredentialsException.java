package io.busbar.drivers;

/**
 * Login, refresh or an access token failed. One message for every cause (unknown e-mail, wrong password, expired or
 * reused refresh token) so the answer reveals nothing about which accounts exist.
 */
public class InvalidCredentialsException extends RuntimeException {
    public InvalidCredentialsException() {
        super("The e-mail address or password is wrong");
    }

    public InvalidCredentialsException(String message) {
        super(message);
    }
}
