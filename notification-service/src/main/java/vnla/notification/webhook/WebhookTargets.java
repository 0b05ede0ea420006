package vnla.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Decides where a webhook may go (SSRF defence). A URL must be https, without user info, naming a host whose every
 * address is public; hosts on the operator's allow-list are exempt (and may use http). Checked at subscription and again
 * before every attempt, where the host is resolved once and the attempt connects to the very address that was checked,
 * so a name that later resolves elsewhere (DNS rebinding) gains nothing.
 */
@ApplicationScoped
public class WebhookTargets {

    /** A dotted label that is a number in any base: what some resolvers read as an IPv4 address ("127.1", "0x7f000001"). */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("0x[0-9a-f]*|[0-9]+");
    private static final Pattern CANONICAL_IPV4 = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
            + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    private final HostResolver resolver;
    private final List<AllowedHost> allowed;

    public WebhookTargets(HostResolver resolver, WebhookConfig config) {
        this.resolver = resolver;
        this.allowed = config.allowedHosts().orElse(List.of()).stream().filter(e -> !e.isBlank()).map(AllowedHost::parse).toList();
    }

    /** Where one attempt connects: the checked address, with the host name kept for the Host header and TLS (SNI). */
    public record Target(String host, int port, boolean tls, String pathAndQuery, InetAddress address) {
    }

    /** A URL or address a webhook may not use; {@link #getMessage()} says why, in words fit for the caller. */
    public static final class Refused extends Exception {

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Checks a URL a partner subscribes: the URL itself, and every address its host resolves to now. A host that does not
     * resolve yet is accepted (it is checked again at every attempt).
     */
    public URI checkSubscription(String url) throws Refused {
        Parsed parsed = parse(url);
        if (!parsed.allowListed()) {
            try {
                for (InetAddress address : resolver.resolve(parsed.host())) {
                    refuseForbidden(address);
                }
            } catch (UnknownHostException notYetResolvable) {
                // nothing to check now; every attempt resolves and checks it
            }
            refuseHttp(parsed);
        }
        return parsed.uri();
    }

    /** Resolves the URL's host once and checks every address; the target connects to the first one. */
    public Target pin(String url) throws Refused, UnknownHostException {
        Parsed parsed = parse(url);
        List<InetAddress> addresses = resolver.resolve(parsed.host());
        if (addresses.isEmpty()) {
            throw new UnknownHostException(parsed.host());
        }
        if (!parsed.allowListed()) {
            refuseHttp(parsed);
            for (InetAddress address : addresses) {
                refuseForbidden(address);
            }
        }
        URI uri = parsed.uri();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new Target(parsed.host(), parsed.port(), parsed.tls(), pathAndQuery, addresses.get(0));
    }

    private record Parsed(URI uri, String host, int port, boolean tls, boolean allowListed) {
    }

    private Parsed parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new Refused("must be an https URL");
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isBlank()) {
            throw new Refused("must be an absolute https URL with a host");
        }
        if (uri.getRawUserInfo() != null || authority.contains("@")) {
            throw new Refused("must not carry user info (name or password before the host)");
        }
        String host = host(uri, authority);
        if (host.isEmpty()) {
            throw new Refused("must be an absolute https URL with a host");
        }
        if (looksNumeric(host) && !CANONICAL_IPV4.matcher(host).matches()) {
            throw new Refused("names its host as a number in a non-standard form; write an IPv4 address as four decimal parts, or use a name");
        }
        if (uri.getHost() == null) {
            throw new Refused("has a host that is not a valid name or address");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new Refused("has an invalid port");
        }
        boolean tls = scheme.equals("https");
        int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
        boolean allowListed = allowed.stream().anyMatch(a -> a.matches(host, port));
        return new Parsed(uri, host, port, tls, allowListed);
    }

    /** The host as written, lower-case, without IPv6 brackets, also where java.net.URI does not read it as a server name. */
    private static String host(URI uri, String authority) {
        String host = uri.getHost();
        if (host == null) {
            host = authority.startsWith("[") ? authority.substring(0, authority.indexOf(']') + 1)
                    : authority.contains(":") ? authority.substring(0, authority.lastIndexOf(':')) : authority;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean looksNumeric(String host) {
        if (host.contains(":")) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!NUMERIC_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static void refuseHttp(Parsed parsed) throws Refused {
        if (!parsed.tls()) {
            throw new Refused("must be an https URL (http only for hosts the operator allow-listed)");
        }
    }

    private static void refuseForbidden(InetAddress address) throws Refused {
        Optional<String> reason = ForbiddenAddresses.reason(address);
        if (reason.isPresent()) {
            throw new Refused("points to a " + reason.get() + " address, which webhooks may not reach");
        }
    }

    /** One allow-list entry: a host as written in URLs, on any port or on a port range. */
    record AllowedHost(String host, int lowPort, int highPort) {

        static AllowedHost parse(String entry) {
            String e = entry.trim().toLowerCase(Locale.ROOT);
            String host = e;
            String ports = null;
            if (e.startsWith("[")) {
                int end = e.indexOf(']');
                host = e.substring(1, end);
                ports = e.length() > end + 1 && e.charAt(end + 1) == ':' ? e.substring(end + 2) : null;
            } else if (e.indexOf(':') >= 0 && e.indexOf(':') == e.lastIndexOf(':')) {
                host = e.substring(0, e.indexOf(':'));
                ports = e.substring(e.indexOf(':') + 1);
            }
            if (ports == null) {
                return new AllowedHost(host, 0, 65535);
            }
            String[] range = ports.split("-", 2);
            int low = Integer.parseInt(range[0].trim());
            return new AllowedHost(host, low, range.length == 2 ? Integer.parseInt(range[1].trim()) : low);
        }

        boolean matches(String candidate, int port) {
            return host.equals(candidate) && port >= lowPort && port <= highPort;
        }
    }
}
