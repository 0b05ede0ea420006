package vnla.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The URL rules with a resolver that knows a few names: nothing here touches DNS or the network. */
class WebhookTargetsTest {

    private static final Map<String, String> NAMES = Map.of(
            "hotline.salavan.example", "203.0.113.10",
            "metadata.example", "169.254.169.254",
            "receiver.test", "127.0.0.1");

    private final WebhookTargets targets = new WebhookTargets(new HostResolver() {
        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            if (NAMES.containsKey(host)) {
                return List.of(InetAddress.getByName(NAMES.get(host)));
            }
            // literals only: InetAddress never looks these up
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return List.of(InetAddress.getByName(host));
            }
            throw new UnknownHostException(host);
        }
    }, () -> Optional.of(List.of("127.0.0.1:32768-65535", "receiver.test", "[::1]:8443")));

    @Test
    void pinsTheCheckedAddressAndKeepsTheName() throws Exception {
        WebhookTargets.Target target = targets.pin("https://hotline.salavan.example/hooks/alerts?v=1");
        assertEquals("hotline.salavan.example", target.host());
        assertEquals(443, target.port());
        assertTrue(target.tls());
        assertEquals("/hooks/alerts?v=1", target.pathAndQuery());
        assertEquals("203.0.113.10", target.address().getHostAddress());
    }

    @Test
    void allowListedHostsMayUseHttpOnTheirPorts() throws Exception {
        assertEquals("127.0.0.1", targets.pin("http://127.0.0.1:40000/hooks").address().getHostAddress());
        assertEquals("127.0.0.1", targets.pin("http://receiver.test/hooks").address().getHostAddress());
        assertEquals("0:0:0:0:0:0:0:1", targets.pin("http://[::1]:8443/").address().getHostAddress());
        assertThrows(WebhookTargets.Refused.class, () -> targets.pin("http://127.0.0.1:5432/"));
        assertThrows(WebhookTargets.Refused.class, () -> targets.pin("http://[::1]:8081/"));
    }

    @Test
    void aNameThatResolvesInsideIsRefusedWithoutSayingWhere() {
        var refused = assertThrows(WebhookTargets.Refused.class, () -> targets.checkSubscription("https://metadata.example/latest"));
        assertTrue(refused.getMessage().contains("link-local"));
        assertFalse(refused.getMessage().contains("169.254"), "the resolved address is not echoed");
    }

    @Test
    void aNameThatDoesNotResolveYetIsAcceptedAtSubscriptionOnly() throws Exception {
        assertEquals("https://not-yet.example/hooks", targets.checkSubscription("https://not-yet.example/hooks").toString());
        assertThrows(UnknownHostException.class, () -> targets.pin("https://not-yet.example/hooks"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://0x7f000001/", "http://2130706433/", "http://017700000001/", "http://127.1/", "http://0177.0.0.1/",
            "http://127.000.000.001/", "https://0x7f.1/", "https://user:pw@hotline.salavan.example/", "ftp://hotline.salavan.example/",
            "https://hotline.salavan.example:0/", "https:/hotline.salavan.example", "//hotline.salavan.example/x",
            "https://[::ffff:7f00:1]/", "https://[64:ff9b::a9fe:a9fe]/" })
    void refusesNumericFormsUserInfoAndOtherSchemes(String url) {
        assertThrows(WebhookTargets.Refused.class, () -> targets.checkSubscription(url), url);
    }
}
