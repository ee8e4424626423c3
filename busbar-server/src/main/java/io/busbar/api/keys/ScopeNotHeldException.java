package io.busbar.api.keys;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.tenants.Scope;

/** A caller tried to hand out a scope it does not hold itself (least privilege): answered 403. */
class ScopeNotHeldException extends ProblemException {
    ScopeNotHeldException(Scope scope) {
        super(ProblemType.FORBIDDEN, "You cannot grant the scope '" + scope + "': the calling credentials do not hold it");
    }
}
