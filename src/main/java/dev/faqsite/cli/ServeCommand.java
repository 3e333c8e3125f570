package dev.faqsite.cli;

import dev.faqsite.pipeline.BuildOptions;
import dev.faqsite.pipeline.SitePipeline;
import dev.faqsite.serve.DevServer;
import dev.faqsite.theme.ThemeLocator;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Previews the site on 127.0.0.1, rebuilding and reloading the browser on every change.",
                "Build errors show in the open page; the server keeps running. Stop with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption contentOption;

    @Option(names = "--templates", paramLabel = "DIR", description = "Pebble templates (default: ./templates or bundled).")
    Path templates;

    @Option(names = "--assets", paramLabel = "DIR", description = "Static assets (default: ./site-assets or bundled).")
    Path assets;


    @Option(names = "--port", defaultValue = "8000", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path content = contentOption.folder();
        BuildOptions options = new BuildOptions(content, new ThemeLocator().locate(templates, assets), Path.of("target", "preview"),
                Optional.of("http://127.0.0.1:" + port + "/"), Optional.empty());
        PrintWriter log = spec.commandLine().getOut();
        DevServer preview;
        try {
            preview = new DevServer(options, new SitePipeline(Version.current(), true), port, log);
        } catch (BindException e) {
            throw new IllegalArgumentException("port " + port + " on 127.0.0.1 is in use; stop the program that "
                    + "uses it or choose another port with --port");
        }
        try (DevServer server = preview) {
            server.start();
            log.printf("serving http://127.0.0.1:%d/ (Ctrl+C to stop)%n", server.port());
            log.flush();
            Thread.currentThread().join();
        }
        return ExitCodes.OK;
    }
}
