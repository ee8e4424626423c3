package io.busbar.api.keys;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;

class LastActiveApiKeyException extends ProblemException {
    LastActiveApiKeyException() {
        super(ProblemType.LAST_ACTIVE_API_KEY,
                "This is your tenant's only active key able to manage keys; create another one before revoking it");
    }
}
