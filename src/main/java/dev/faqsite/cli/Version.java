package dev.faqsite.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version stamped into the jar by the Maven Resources Plugin. */
final class Version implements CommandLine.IVersionProvider {

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/faq-site-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"faq-site " + current()};
    }
}
