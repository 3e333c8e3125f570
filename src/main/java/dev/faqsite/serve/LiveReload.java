package dev.faqsite.serve;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.EventExecutor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The open pages' live-reload streams (server-sent events). A page that stops reading is dropped rather than
 * buffered for: it reconnects, and is told the current build, when it reads again. Thread-safe.
 */
final class LiveReload {
    /** One server-sent event; {@code data} must be a single line. */
    record Event(String name, String data) {
        byte[] bytes() {
            return ("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The site-relative URL of the page a stream belongs to, e.g. {@code /zh/q/core-challenges/}; none if unknown. */
    private static final AttributeKey<String> PAGE = AttributeKey.valueOf("faq-site-page");

    private final ChannelGroup streams;

    LiveReload(EventExecutor executor) {
        this.streams = new DefaultChannelGroup("live-reload", executor);
    }

    /**
     * Turns the connection into a stream that starts with the given events.
     *
     * @param page the URL of the page that opened it, or null
     */
    void open(ChannelHandlerContext context, List<Event> first, String page) {
        if (page != null) {
            context.channel().attr(PAGE).set(page);
        }
        HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store")
                .set("X-Content-Type-Options", "nosniff");
        HttpUtil.setTransferEncodingChunked(head, true);
        context.write(head);
        first.forEach(event -> context.write(content(event)));
        context.flush();
        streams.add(context.channel());
    }

    void broadcast(Event event) {
        send(event, page -> true);
    }

    /** Sends the event to the streams of the pages {@code toPage} accepts, and of pages that did not say which. */
    void send(Event event, Predicate<String> toPage) {
        for (Channel stream : streams) {
            String page = stream.attr(PAGE).get();
            if (page != null && !toPage.test(page)) {
                continue;
            }
            if (stream.isWritable()) {
                stream.writeAndFlush(content(event));
            } else {
                stream.close();
            }
        }
    }

    /** The URLs of the open pages that said which they are. */
    Set<String> pages() {
        Set<String> pages = new TreeSet<>();
        for (Channel stream : streams) {
            String page = stream.attr(PAGE).get();
            if (page != null) {
                pages.add(page);
            }
        }
        return pages;
    }

    private static DefaultHttpContent content(Event event) {
        return new DefaultHttpContent(Unpooled.wrappedBuffer(event.bytes()));
    }
}
