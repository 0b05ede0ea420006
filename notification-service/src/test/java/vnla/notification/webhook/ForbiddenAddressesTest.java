package vnla.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The address rules alone: no resolver, no network (literals only). */
class ForbiddenAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.255.0.9", "10.0.0.5", "172.16.0.1", "172.31.255.254", "192.168.1.1", "100.64.0.1",
            "100.127.255.254", "169.254.169.254", "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1",
            "198.18.0.1", "192.0.0.8", "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "fec0::1", "::ffff:127.0.0.1",
            "::ffff:10.1.2.3", "::127.0.0.1", "::169.254.169.254", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::1",
            "2002:7f00:1::1", "2002:c0a8:101::1", "2001:0:4136:e378::1", "100::1" })
    void refusesInternalAddresses(String literal) throws Exception {
        Optional<String> reason = ForbiddenAddresses.reason(InetAddress.getByName(literal));
        assertTrue(reason.isPresent(), literal + " must be refused");
    }

    @ParameterizedTest
    @ValueSource(strings = { "203.0.113.10", "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2606:4700::1111",
            "2001:db8::1", "2002:0808:0808::1", "64:ff9b::808:808" })
    void acceptsPublicAddresses(String literal) throws Exception {
        assertEquals(Optional.empty(), ForbiddenAddresses.reason(InetAddress.getByName(literal)), literal);
    }
}
