package io.busbar.api.diagnostics;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import java.io.IOException;

/** Finds the file in a multipart/form-data request. */
final class UploadedParts {
    private UploadedParts() {
    }

    /**
     * The part named {@code file}, else the first part that carries a file name (chargers name the field
     * differently; "file" is the common choice), else null.
     */
    static Part file(HttpServletRequest request) throws IOException {
        try {
            Part named = request.getPart("file");
            if (named != null) {
                return named;
            }
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() != null) {
                    return part;
                }
            }
            return null;
        } catch (ServletException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The multipart/form-data body cannot be read");
        }
    }
}
