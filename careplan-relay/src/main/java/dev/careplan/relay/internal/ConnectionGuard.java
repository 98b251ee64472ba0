package dev.careplan.relay.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLEngine;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.io.ssl.SslHandshakeListener;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Bounds what a client can hold before it is known: at most {@code perAddress} TLS connections from one client
 * address (more are closed at once), and each must complete its handshake within {@code handshakeTimeout} (or it is
 * closed). Handshakes run without a thread of their own, so a stalled one costs a socket, not a worker; these bounds
 * keep the sockets few and short-lived too. Added to the connector as a bean, it sees every TLS connection.
 */
public final class ConnectionGuard implements Connection.Listener, SslHandshakeListener {

    private final Duration handshakeTimeout;
    private final int perAddress;
    private final Scheduler scheduler;
    private final Map<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();
    private final Set<SSLEngine> handshaken = ConcurrentHashMap.newKeySet();
    /**
     * The address each counted connection was counted under: read again at close, a closed endpoint may no longer
     * know its peer, and a count never given back would lock the address out (offices behind one NAT address).
     */
    private final Map<Connection, InetAddress> counted = new ConcurrentHashMap<>();

    public ConnectionGuard(Duration handshakeTimeout, int perAddress, Scheduler scheduler) {
        this.handshakeTimeout = handshakeTimeout;
        this.perAddress = perAddress;
        this.scheduler = scheduler;
    }

    @Override
    public void onOpened(Connection connection) {
        if (!(connection instanceof SslConnection ssl)) {
            return;
        }
        InetAddress address = address(connection);
        // Counted inside compute, so that a concurrent close that removes the entry cannot lose this increment.
        int n = address == null ? 0 : open.compute(address, (a, c) -> {
            AtomicInteger count = c == null ? new AtomicInteger() : c;
            count.incrementAndGet();
            return count;
        }).get();
        if (address != null) {
            counted.put(connection, address);
        }
        if (n > perAddress) {
            connection.getEndPoint().close();
            return;
        }
        scheduler.schedule(() -> {
            if (!handshaken.contains(ssl.getSSLEngine())) {
                connection.getEndPoint().close();
            }
        }, handshakeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onClosed(Connection connection) {
        if (!(connection instanceof SslConnection ssl)) {
            return;
        }
        handshaken.remove(ssl.getSSLEngine());
        InetAddress address = counted.remove(connection);
        if (address != null) {
            open.computeIfPresent(address, (a, n) -> n.decrementAndGet() <= 0 ? null : n);
        }
    }

    @Override
    public void handshakeSucceeded(Event event) {
        handshaken.add(event.getSSLEngine());
    }

    /** Open TLS connections from {@code address}, for tests and monitoring. */
    public int openFrom(InetAddress address) {
        AtomicInteger n = open.get(address);
        return n == null ? 0 : n.get();
    }

    private static InetAddress address(Connection connection) {
        SocketAddress a = connection.getEndPoint().getRemoteSocketAddress();
        return a instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
