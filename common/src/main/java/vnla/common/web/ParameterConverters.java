package vnla.common.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import vnla.common.problem.ProblemException;

/**
 * Path, query and header parameters that cannot be read (a malformed UUID, an unknown enum value, a time that is not
 * RFC 3339, a year that is not four digits) answer 400 naming the parameter, instead of JAX-RS's bare 404.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, UUID::toString, "must be a UUID");
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, OffsetDateTime::parse, OffsetDateTime::toString,
                    "must be an RFC 3339 time such as 2026-11-20T15:00:00Z");
        }
        if (rawType == Year.class) {
            return (ParamConverter<T>) converter(name, Year::parse, Year::toString, "must be a year such as 2024");
        }
        if (rawType.isEnum()) {
            Class<Enum> type = (Class<Enum>) rawType;
            return (ParamConverter<T>) converter(name, value -> Enum.valueOf(type, value), Enum::name,
                    "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, Function<T, String> format, String message) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw ProblemException.badField(name, message);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : format.apply(value);
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }
}
