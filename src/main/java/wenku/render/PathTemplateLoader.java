package wenku.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads templates from a {@link Path}, which may be a folder on disk or inside wenku's jar. */
final class PathTemplateLoader implements TemplateLoader {
    private final Path root;

    PathTemplateLoader(Path root) {
        this.root = root;
    }

    @Override
    public Object findTemplateSource(String name) {
        Path p = root.resolve(name).normalize();
        if (!p.startsWith(root) || !Files.isRegularFile(p)) return null;
        return p;
    }

    @Override
    public long getLastModified(Object source) {
        return -1;
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return new InputStreamReader(Files.newInputStream((Path) source), StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {
    }
}
