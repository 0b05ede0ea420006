package vnla.common.ratelimit;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import vnla.common.security.Caller;

/** Applies {@link RateLimited} before validation, transactions and the endpoint itself run. */
@RateLimited("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class RateLimitInterceptor {

    private final RateLimiter limiter;
    private final Caller caller;

    public RateLimitInterceptor(RateLimiter limiter, Caller caller) {
        this.limiter = limiter;
        this.caller = caller;
    }

    @AroundInvoke
    Object limit(InvocationContext invocation) throws Exception {
        RateLimited limited = invocation.getMethod().getAnnotation(RateLimited.class);
        if (limited == null) {
            limited = invocation.getMethod().getDeclaringClass().getAnnotation(RateLimited.class);
        }
        limiter.acquire(limited.value(), caller.agency(), caller.subject());
        return invocation.proceed();
    }
}
