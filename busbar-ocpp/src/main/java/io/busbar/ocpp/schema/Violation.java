package io.busbar.ocpp.schema;

import io.busbar.ocpp.rpc.RpcError;

import java.util.ArrayList;
import java.util.List;

/**
 * One constraint violation found while walking a payload or a record. It unwinds the walk (only on failure,
 * never on the happy path), and each enclosing object or array adds its segment so the final description
 * names the JSON path, e.g. {@code meterValue[0].sampledValue[2].measurand}.
 */
final class Violation extends RuntimeException {
    /** 2.0.1 CallError errorDescription is a string[0..255]; 1.6 has no limit but nobody reads more. */
    private static final int MAX_DESCRIPTION = 255;

    private final RpcError error;
    private final String problem;
    private final List<Object> reversedPath = new ArrayList<>(4);

    Violation(RpcError error, String problem) {
        super(problem, null, false, false);
        this.error = error;
        this.problem = problem;
    }

    Violation at(String property) {
        reversedPath.add(property);
        return this;
    }

    Violation at(int index) {
        reversedPath.add(index);
        return this;
    }

    RpcError error() {
        return error;
    }

    String path() {
        StringBuilder path = new StringBuilder();
        for (int i = reversedPath.size() - 1; i >= 0; i--) {
            Object segment = reversedPath.get(i);
            if (segment instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(segment);
            }
        }
        return path.toString();
    }

    /** "path: problem", or the bare problem when it concerns the payload itself. */
    String description() {
        String path = path();
        String full = path.isEmpty() ? problem : path + ": " + problem;
        return full.length() <= MAX_DESCRIPTION ? full : full.substring(0, MAX_DESCRIPTION - 3) + "...";
    }

    /** A short, safe echo of an offending value for a description. */
    static String quote(String value) {
        return value.length() <= 40 ? "'" + value + "'" : "'" + value.substring(0, 37) + "...'";
    }
}
