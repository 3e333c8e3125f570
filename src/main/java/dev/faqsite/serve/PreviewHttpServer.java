package dev.faqsite.serve;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The preview's HTTP server. It listens on the loopback interface only and answers GET and HEAD requests addressed
 * to this machine by name (Host {@code 127.0.0.1}, {@code localhost} or {@code [::1]} with the port), so a web page
 * whose host name is rebound to 127.0.0.1 reads nothing. One event-loop thread serves every connection without
 * blocking, whatever the number of slow or idle sockets; {@link Connections} closes the ones that take too long.
 */
final class PreviewHttpServer implements AutoCloseable {
    /** Path of the live-reload event stream. */
    static final String EVENTS = "/__faq-site/events";
    private static final int MAX_LINE_BYTES = 8 * 1024;
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int MAX_BODY_BYTES = 64 * 1024;

    /**
     * @param maxConnections open connections before the longest waiting one is closed
     * @param maxStreams     live-reload streams (one per open page) before the oldest is closed
     * @param requestTimeout time a connection has to send a request and take its answer, and between requests
     */
    record Limits(int maxConnections, int maxStreams, Duration requestTimeout) {
        static final Limits DEFAULT = new Limits(256, 32, Duration.ofSeconds(10));
    }

    /** A request's path, decoded for looking up and as sent for redirecting. */
    record Target(String path, String rawPath, String rawQuery) {
        String withTrailingSlash() {
            return rawPath + "/" + (rawQuery.isEmpty() ? "" : "?" + rawQuery);
        }
    }

    /** What the server serves. Called on the event-loop thread: must not block. */
    interface Site {
        Reply reply(Target target);

        /** The events a new live-reload stream starts with. */
        List<LiveReload.Event> greeting();
    }

    private final EventLoopGroup loop = new NioEventLoopGroup(1, new DefaultThreadFactory("faq-site-serve", true));
    private final Site site;
    private final LiveReload liveReload = new LiveReload(loop.next());
    private final Channel server;
    private final int port;
    private final Set<String> hosts;

    /** Binds the port; connections wait until {@link #start()}. */
    PreviewHttpServer(int port, Limits limits, Site site) throws IOException {
        this.site = site;
        Connections connections = new Connections(limits.maxConnections(), limits.maxStreams(), limits.requestTimeout());
        Handler handler = new Handler(connections);
        ChannelFuture bound = new ServerBootstrap().group(loop).channel(NioServerSocketChannel.class)
                .option(ChannelOption.AUTO_READ, false)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(connections,
                                new HttpServerCodec(MAX_LINE_BYTES, MAX_HEADER_BYTES, MAX_LINE_BYTES),
                                new HttpObjectAggregator(MAX_BODY_BYTES), handler);
                    }
                })
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            loop.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS);
            throw bound.cause() instanceof IOException e ? e : new IOException(bound.cause());
        }
        this.server = bound.channel();
        this.port = ((InetSocketAddress) server.localAddress()).getPort();
        this.hosts = Set.of("127.0.0.1:" + this.port, "localhost:" + this.port, "[::1]:" + this.port);
    }

    /** Starts taking connections. */
    void start() {
        server.config().setAutoRead(true);
        server.read();
    }

    int port() {
        return port;
    }

    void broadcast(LiveReload.Event event) {
        liveReload.broadcast(event);
    }

    /** Sends the event to the open pages {@code toPage} accepts (by URL), and to those that did not say which. */
    void send(LiveReload.Event event, Predicate<String> toPage) {
        liveReload.send(event, toPage);
    }

    /** The site-relative URLs of the open pages, e.g. {@code /zh/q/core-challenges/}. */
    Set<String> openPages() {
        return liveReload.pages();
    }

    /** The page a live-reload stream says it belongs to ({@code ?page=/zh/q/…/}), decoded; null if none or odd. */
    private static String page(QueryStringDecoder uri) {
        List<String> pages = uri.parameters().get("page");
        if (pages == null || pages.size() != 1 || !pages.get(0).startsWith("/") || pages.get(0).length() > 1024) {
            return null;
        }
        try {
            return new QueryStringDecoder(pages.get(0)).path();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.close().awaitUninterruptibly();
        loop.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).awaitUninterruptibly();
    }

    /** Why the request is not answered, or null. */
    private Reply refusal(FullHttpRequest request) {
        if (request.decoderResult().isFailure()) {
            return Reply.text(400, "bad request");
        }
        List<String> host = request.headers().getAll(HttpHeaderNames.HOST);
        if (host.size() != 1 || !hosts.contains(host.get(0).strip().toLowerCase(Locale.ROOT))) {
            // A page on another site whose name now points at 127.0.0.1 (DNS rebinding) sends its own name.
            return Reply.text(403, "forbidden: this preview answers only http://127.0.0.1:" + port
                    + "/ and http://localhost:" + port + "/");
        }
        HttpMethod method = request.method();
        if (!method.equals(HttpMethod.GET) && !method.equals(HttpMethod.HEAD)) {
            return Reply.text(405, "method not allowed: the preview answers only GET and HEAD")
                    .withHeader("Allow", "GET, HEAD");
        }
        if (!request.uri().startsWith("/")) {
            return Reply.text(400, "bad request: the path must start with /");
        }
        return null;
    }

    @ChannelHandler.Sharable
    private final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {
        private final Connections connections;

        Handler(Connections connections) {
            this.connections = connections;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext context, FullHttpRequest request) {
            Reply refusal = refusal(request);
            if (refusal != null) {
                send(context, request, refusal, false);
                return;
            }
            QueryStringDecoder uri;
            String path;
            try {
                uri = new QueryStringDecoder(request.uri());
                path = uri.path();
            } catch (IllegalArgumentException e) {
                send(context, request, Reply.text(400, "bad request: malformed URL"), false);
                return;
            }
            if (path.equals(EVENTS) && request.method().equals(HttpMethod.GET)) {
                connections.streaming(context.channel());
                liveReload.open(context, site.greeting(), page(uri));
                return;
            }
            send(context, request, site.reply(new Target(path, uri.rawPath(), uri.rawQuery())),
                    HttpUtil.isKeepAlive(request));
        }

        private void send(ChannelHandlerContext context, FullHttpRequest request, Reply reply, boolean keepAlive) {
            boolean head = request.method().equals(HttpMethod.HEAD);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(reply.status()),
                    head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(reply.body()));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, reply.contentType())
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, reply.body().length)
                    .set("X-Content-Type-Options", "nosniff")
                    .set(HttpHeaderNames.CACHE_CONTROL, "no-store");
            reply.headers().forEach(response.headers()::set);
            HttpUtil.setKeepAlive(response.headers(), request.protocolVersion(), keepAlive);
            Channel channel = context.channel();
            context.writeAndFlush(response).addListener(keepAlive
                    ? written -> connections.answered(channel) : ChannelFutureListener.CLOSE);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            // A broken connection or a bug in answering one request: close it, keep serving the others.
            context.close();
        }
    }
}
