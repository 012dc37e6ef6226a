package wenku.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a site: where the content and templates are. A picocli mixin. */
public final class SiteOptions {
    @Option(names = {"-c", "--content"}, paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})",
            defaultValue = "content")
    Path content;

    @Option(names = {"-t", "--templates"}, paramLabel = "DIR",
            description = "the site's own templates, overriding the default theme file by file (default: ./templates when it exists)")
    Path templates;

    @Option(names = "--base-url", paramLabel = "PATH",
            description = "the path the site is served under, e.g. /kb/ (default: baseUrl in site.yml, else /)")
    String baseUrl;

    @Option(names = "--drafts", description = "also build pages marked draft: true")
    boolean drafts;

    @Option(names = "--no-git", description = "do not read page dates from Git")
    boolean noGit;

    /**
     * The content folder as the user named it, with a trailing {@code /} ({@code content/}, {@code ../site/content/}):
     * what problems' paths are shown under, so that they can be opened from where wenku was run.
     */
    String contentPrefix() {
        String s = content.normalize().toString().replace('\\', '/');
        if (s.isEmpty() || s.equals(".")) return "";
        return s.endsWith("/") ? s : s + "/";
    }

    /** The templates folder to use: the one given, else {@code ./templates} when present, else only the default theme. */
    Path templatesOrDefault() {
        if (templates != null) return templates;
        Path local = Path.of("templates");
        return Files.isDirectory(local) && Files.isRegularFile(local.resolve("base.ftlh")) ? local : null;
    }
}
