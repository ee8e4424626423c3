package io.busbar.tariffs;

import java.util.List;

/**
 * A price before the session: the breakdown of the assumed session, one sentence per line (and per min/max
 * adjustment), in the order of {@code breakdown.lines()} then {@code breakdown.adjustments()}, and a total sentence.
 */
public record PriceQuote(PriceBreakdown breakdown, List<String> sentences, String totalSentence) {
    public PriceQuote {
        sentences = List.copyOf(sentences);
    }
}
