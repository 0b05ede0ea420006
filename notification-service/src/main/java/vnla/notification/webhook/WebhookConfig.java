package vnla.notification.webhook;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where webhooks may point: https to public addresses only, except the hosts an operator allow-lists here. */
@ConfigMapping(prefix = "notification.webhooks")
public interface WebhookConfig {

    /**
     * Hosts exempt from the https and address rules, as written in the URL: {@code host}, {@code host:port} or
     * {@code host:low-high} (IPv6 in brackets, e.g. {@code [::1]:8443}). Empty in production.
     */
    Optional<List<String>> allowedHosts();
}
