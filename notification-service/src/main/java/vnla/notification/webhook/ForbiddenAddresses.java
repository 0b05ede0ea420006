package vnla.notification.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The addresses a webhook must never reach: loopback, private, shared (CGNAT), link-local (cloud metadata), unique-local,
 * multicast, unspecified, broadcast and reserved ranges, also when an IPv4 address hides inside an IPv6 one (mapped,
 * compatible, NAT64, 6to4, Teredo).
 */
public final class ForbiddenAddresses {

    private ForbiddenAddresses() {
    }

    /** Why {@code address} may not be reached, or empty when it is a public address. */
    public static Optional<String> reason(InetAddress address) {
        return address instanceof Inet4Address v4 ? reason4(v4.getAddress()) : reason6(address.getAddress());
    }

    private static Optional<String> reason4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        if (b0 == 0) {
            return Optional.of("unspecified (0.0.0.0/8)");
        }
        if (b0 == 127) {
            return Optional.of("loopback");
        }
        if (b0 == 10 || (b0 == 172 && (b1 & 0xf0) == 16) || (b0 == 192 && b1 == 168)) {
            return Optional.of("private");
        }
        if (b0 == 100 && (b1 & 0xc0) == 64) {
            return Optional.of("shared address space (CGNAT)");
        }
        if (b0 == 169 && b1 == 254) {
            return Optional.of("link-local (cloud metadata)");
        }
        if (b0 == 192 && b1 == 0 && b2 == 0) {
            return Optional.of("IETF protocol assignments");
        }
        if (b0 == 198 && (b1 & 0xfe) == 18) {
            return Optional.of("benchmarking");
        }
        if (b0 >= 224 && b0 <= 239) {
            return Optional.of("multicast");
        }
        if (b0 >= 240) {
            return Optional.of(b0 == 255 && b1 == 255 && b2 == 255 && (a[3] & 0xff) == 255 ? "broadcast" : "reserved");
        }
        return Optional.empty();
    }

    private static Optional<String> reason6(byte[] a) {
        if (allZero(a, 0, 15)) {
            return Optional.of((a[15] & 0xff) == 0 ? "unspecified (::)" : (a[15] & 0xff) == 1 ? "loopback" : "reserved");
        }
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        if (b0 == 0xff) {
            return Optional.of("multicast");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return Optional.of("link-local");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return Optional.of("site-local");
        }
        if ((b0 & 0xfe) == 0xfc) {
            return Optional.of("unique-local");
        }
        // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible)
        if (allZero(a, 0, 10) && (((a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) || allZero(a, 10, 12))) {
            return embedded(a, 12, "IPv4 in IPv6");
        }
        // 64:ff9b::/96 well-known NAT64 prefix
        if (b0 == 0x00 && b1 == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b && allZero(a, 4, 12)) {
            return embedded(a, 12, "NAT64");
        }
        if (b0 == 0x00 && b1 == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b) {
            return Optional.of("local-use NAT64");
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return embedded(a, 2, "6to4");
        }
        if (b0 == 0x20 && b1 == 0x01 && a[2] == 0 && a[3] == 0) {
            return Optional.of("Teredo");
        }
        if (b0 == 0x01 && b1 == 0x00 && allZero(a, 2, 8)) {
            return Optional.of("discard-only");
        }
        return Optional.empty();
    }

    private static Optional<String> embedded(byte[] a, int from, String form) {
        try {
            InetAddress v4 = InetAddress.getByAddress(Arrays.copyOfRange(a, from, from + 4));
            return reason4(v4.getAddress()).map(r -> r + " (" + form + ")");
        } catch (UnknownHostException e) {
            return Optional.of("unreadable " + form);
        }
    }

    private static boolean allZero(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
