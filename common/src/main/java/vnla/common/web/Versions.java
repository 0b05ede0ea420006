package vnla.common.web;

import jakarta.ws.rs.core.EntityTag;

import vnla.common.problem.ProblemException;

/** Optimistic locking over HTTP: the entity version is the {@code ETag}; updates must send it in {@code If-Match}. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Throws 428 when {@code If-Match} is missing and 412 when it names another version than the current one. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "Precondition Required", "Send the resource's ETag in If-Match to update it");
        }
        String expected = Long.toString(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String value = tag.trim().replaceFirst("^W/", "").replace("\"", "");
            if (value.equals("*") || value.equals(expected)) {
                return;
            }
        }
        throw new ProblemException(412, "Precondition Failed",
                "The resource changed since you read it (current ETag \"" + expected + "\"); read it again and retry");
    }
}
