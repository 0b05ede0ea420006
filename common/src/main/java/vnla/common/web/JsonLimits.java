package vnla.common.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;
import io.smallrye.config.ConfigMapping;

/** Reads request JSON with tighter nesting and string limits than Jackson's defaults: a hostile body is a 400, not a long parse. */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    /** {@code suite.json.*}: how deep and how long what a caller sends may be. */
    @ConfigMapping(prefix = "suite.json")
    public interface Config {
        /** Objects and arrays inside each other; a tip body needs fewer than 10. */
        int maxNestingDepth();

        /** Characters of one string value. */
        int maxStringLength();
    }

    private final Config config;

    public JsonLimits(Config config) {
        this.config = config;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(config.maxNestingDepth())
                .maxStringLength(config.maxStringLength())
                .build());
    }
}
