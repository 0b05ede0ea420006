package vnla.testing;

import java.util.function.Supplier;

import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * Kafka clients made by test code resolve their plugin classes (metrics reporters) through the thread's context class
 * loader; under Quarkus tests that loader depends on the order test classes run in, and a mismatch fails with a
 * ClassCastException on JmxReporter. Creating them with the Kafka client's own loader avoids it.
 */
final class KafkaClients {

    private KafkaClients() {
    }

    static <T> T create(Supplier<T> client) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaProducer.class.getClassLoader());
        try {
            return client.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
