package dev.faqsite.serve;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Keeps slow and idle connections from piling up. A connection has a set time to send its request and take the
 * answer, and as long again for the next request; then it is closed. When too many are open, the one that has
 * waited longest is closed, so a flood of silent or trickling sockets cannot lock a reader out. Live-reload streams
 * wait for no request and are capped on their own. Runs on the server's single event-loop thread.
 */
@ChannelHandler.Sharable
final class Connections extends ChannelInboundHandlerAdapter {
    private final int maxConnections;
    private final int maxStreams;
    private final long timeoutMillis;
    /** Connections that owe a request or are being answered, the longest waiting first. */
    private final Map<Channel, ScheduledFuture<?>> waiting = new LinkedHashMap<>();
    private final Set<Channel> streams = new LinkedHashSet<>();

    Connections(int maxConnections, int maxStreams, Duration timeout) {
        this.maxConnections = maxConnections;
        this.maxStreams = maxStreams;
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public void channelActive(ChannelHandlerContext context) {
        startClock(context.channel());
        if (waiting.size() + streams.size() > maxConnections) {
            close(waiting.keySet().iterator().next());
        }
        context.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        forget(context.channel());
        context.fireChannelInactive();
    }

    /** The connection was answered and may send its next request. */
    void answered(Channel channel) {
        if (channel.isActive()) {
            startClock(channel);
        }
    }

    /** The connection became a live-reload stream. */
    void streaming(Channel channel) {
        forget(channel);
        streams.add(channel);
        if (streams.size() > maxStreams) {
            close(streams.iterator().next());
        }
    }

    private void startClock(Channel channel) {
        forget(channel);
        waiting.put(channel, channel.eventLoop().schedule(() -> {
            close(channel);
        }, timeoutMillis, TimeUnit.MILLISECONDS));
    }

    private void forget(Channel channel) {
        ScheduledFuture<?> clock = waiting.remove(channel);
        if (clock != null) {
            clock.cancel(false);
        }
        streams.remove(channel);
    }

    private void close(Channel channel) {
        forget(channel);
        channel.close();
    }
}
