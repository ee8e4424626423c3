package io.busbar.tariffs;

/** A human-readable tariff text in one language (OCPI DisplayText): ISO 639-1 language code and text. */
public record TariffText(String language, String text) {
    public TariffText {
        if (language == null || language.length() != 2 || text == null) {
            throw new IllegalArgumentException("a tariff text needs a two-letter language and a text");
        }
    }
}
