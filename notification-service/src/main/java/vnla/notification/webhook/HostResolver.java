package vnla.notification.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** Resolves a webhook's host name, once per check: the addresses returned are the ones checked and connected to. */
@ApplicationScoped
public class HostResolver {

    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
