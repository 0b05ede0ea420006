package vnla.common.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/** Limits calls per agency and per caller with the limits configured under {@code suite.rate-limits.<name>}. */
@InterceptorBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

    /** The limit's name in configuration, e.g. {@code tip-intake}. */
    @Nonbinding
    String value();
}
