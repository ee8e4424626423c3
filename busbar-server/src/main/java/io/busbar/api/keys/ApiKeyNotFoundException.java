package io.busbar.api.keys;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;

class ApiKeyNotFoundException extends ProblemException {
    ApiKeyNotFoundException(ApiKeyId id) {
        super(ProblemType.API_KEY_NOT_FOUND, "No API key " + id);
    }
}
