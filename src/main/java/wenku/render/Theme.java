package wenku.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme a site is rendered with: FreeMarker templates, UI strings and static assets (CSS, JS, icons).
 * Files are looked up in layers: a site's own templates folder first, then the default theme bundled in
 * wenku (the repository's {@code templates/} folder), so a site overrides the default file by file.
 *
 * <p>Immutable; thread safe.
 */
public final class Theme {
    static final String BUNDLED = "theme";
    private final List<Path> layers; // highest priority first

    private Theme(List<Path> layers) {
        this.layers = List.copyOf(layers);
    }

    /**
     * @param siteTemplates a site's own templates folder, or {@code null} for the default theme only
     */
    public static Theme open(Path siteTemplates) throws IOException {
        List<Path> layers = new ArrayList<>();
        if (siteTemplates != null) {
            if (!Files.isDirectory(siteTemplates)) {
                throw new IOException("templates folder " + siteTemplates + " does not exist (pass --templates DIR or leave it out)");
            }
            layers.add(siteTemplates.toAbsolutePath().normalize());
        }
        layers.add(bundled());
        return new Theme(layers);
    }

    private static Path bundled() throws IOException {
        URL url = Theme.class.getResource("/" + BUNDLED + "/base.ftlh");
        if (url == null) throw new IOException("the default theme is missing from wenku's classpath");
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/" + BUNDLED);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** The folders searched for templates, highest priority first. */
    public List<Path> layers() {
        return layers;
    }

    /** The file for a theme-relative name from the first layer that has it. */
    public Optional<Path> find(String name) {
        for (Path layer : layers) {
            Path p = layer.resolve(name);
            if (Files.isRegularFile(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Every static asset under {@code assets/}, theme-relative name → file, overrides applied, sorted by name. */
    public Map<String, Path> assets() {
        Map<String, Path> out = new TreeMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Path dir = layers.get(i).resolve("assets");
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).forEach(p -> out.put("assets/" + dir.relativize(p).toString().replace('\\', '/'), p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
