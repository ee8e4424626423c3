/**
 * Id tokens (RFID cards, app tokens, ISO 15118 contracts) and the decision whether one may charge.
 * Version-neutral: it never sees an OCPP message.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Authorization")
package io.busbar.authorization;
