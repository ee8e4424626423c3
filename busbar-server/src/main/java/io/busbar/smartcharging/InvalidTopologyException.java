package io.busbar.smartcharging;

import java.util.List;

/** A topology document that cannot be used: every problem found, each with the field it is about. */
public class InvalidTopologyException extends IllegalArgumentException {
    private final List<Problem> problems;

    public InvalidTopologyException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.problems = List.copyOf(problems);
    }

    public static InvalidTopologyException of(String field, String message) {
        return new InvalidTopologyException(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    public record Problem(String field, String message) {
    }
}
