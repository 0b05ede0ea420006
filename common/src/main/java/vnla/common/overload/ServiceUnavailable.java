package vnla.common.overload;

import vnla.common.problem.ProblemException;

/** A 503: this instance is past its capacity (or its database is out of reach); nothing was done, the caller may retry. */
public class ServiceUnavailable extends ProblemException {

    private final Overload.Reason reason;

    public ServiceUnavailable(Overload.Reason reason) {
        super(503, "Service Unavailable", reason.detail());
        this.reason = reason;
    }

    public Overload.Reason reason() {
        return reason;
    }
}
