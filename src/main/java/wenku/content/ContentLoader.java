package wenku.content;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import wenku.parallel.AllCores;
import wenku.problem.Problem;
import wenku.problem.Problems;

/**
 * Reads a content folder: walks it in a stable order, decodes every Markdown file (UTF-8, UTF-16, GBK),
 * splits off and checks its front matter, reads {@code site.yml}, and lists the images and attachments
 * to copy. Files that cannot be read are reported, and every other file is still read.
 *
 * <p>Symbolic links are not followed: content must live inside the content folder. Hidden files and
 * folders (names starting with {@code .}) are skipped.
 *
 * <p>Stateless; {@link #load} may be called from any thread.
 */
public final class ContentLoader {
    /** Markdown files larger than this are refused with a clear message rather than risking the build. */
    public static final long MAX_MARKDOWN_BYTES = 16L * 1024 * 1024;

    static final Set<String> ASSET_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "avif",
            "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "dps", "odt", "ods", "odp",
            "txt", "csv", "zip", "rar", "7z", "gz", "mp3", "mp4", "wav", "webm", "ogg");

    private ContentLoader() {
    }

    /** Reads everything under {@code contentDir}; problems are added to {@code problems}. */
    public static ContentTree load(Path contentDir, Problems problems) throws IOException {
        return load(contentDir, problems, null);
    }

    /**
     * Reads everything under {@code contentDir}, taking unchanged Markdown files from {@code cache} (and
     * remembering what it read there). With a {@code null} cache every file is read.
     */
    public static ContentTree load(Path contentDir, Problems problems, SourceCache cache) throws IOException {
        Path root = contentDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException("content folder " + contentDir + " does not exist (create it or pass --content DIR)");
        }
        List<Path> markdown = new ArrayList<>();
        java.util.Map<Path, BasicFileAttributes> stamps = new java.util.HashMap<>();
        List<Asset> assets = new ArrayList<>();
        Set<String> folders = new TreeSet<>();
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                if (Files.isSymbolicLink(dir)) return FileVisitResult.SKIP_SUBTREE;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) return FileVisitResult.CONTINUE;
                String rel = relative(root, file);
                if (attrs.isSymbolicLink() || Files.isSymbolicLink(file)) {
                    problems.warning(rel, 0, 0, "content", "symbolic link not followed (copy the file into the content folder instead)");
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                String ext = extension(name);
                if (ext.equals("md") || ext.equals("markdown")) {
                    markdown.add(file);
                    stamps.put(file, attrs);
                } else if (ASSET_EXTENSIONS.contains(ext)) {
                    assets.add(new Asset(rel, file, attrs.size()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                problems.error(relative(root, file), 0, 0, "content", "cannot read: " + exc.getMessage());
                return FileVisitResult.CONTINUE;
            }
        });
        markdown.sort(null);
        assets.sort((a, b) -> a.path().compareTo(b.path()));

        SourceDocument[] docs = new SourceDocument[markdown.size()];
        AllCores.forEach(docs.length, i -> docs[i] = cache == null
                ? read(root, markdown.get(i), problems)
                : read(root, markdown.get(i), stamps.get(markdown.get(i)), problems, cache));
        if (cache != null) {
            Set<String> present = new java.util.HashSet<>();
            for (Path p : markdown) present.add(relative(root, p));
            cache.retain(present);
        }
        List<SourceDocument> documents = new ArrayList<>(docs.length);
        for (SourceDocument d : docs) {
            if (d == null) continue;
            documents.add(d);
            String f = d.folder();
            while (!f.isEmpty()) {
                folders.add(f);
                int i = f.lastIndexOf('/');
                f = i < 0 ? "" : f.substring(0, i);
            }
        }
        for (Asset a : assets) {
            int i = a.path().lastIndexOf('/');
            if (i > 0) folders.add(a.path().substring(0, i));
        }
        return new ContentTree(readConfig(root, problems), List.copyOf(documents), List.copyOf(folders), List.copyOf(assets));
    }

    private static SiteConfig readConfig(Path root, Problems problems) throws IOException {
        Path file = root.resolve(SiteConfig.FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return SiteConfig.defaults();
        try {
            String text = TextDecoder.decode(Files.readAllBytes(file)).text();
            List<Problem> ps = new ArrayList<>();
            SiteConfig c = SiteConfig.parse(SiteConfig.FILE_NAME, text, ps);
            problems.addAll(ps);
            return c;
        } catch (UndecodableTextException e) {
            problems.error(SiteConfig.FILE_NAME, 0, 0, "site settings", "byte " + e.byteOffset() + ": " + e.getMessage());
            return SiteConfig.defaults();
        }
    }

    /**
     * Reads one Markdown file of the content folder again, through the cache, for a caller that knows that only
     * this file changed, in place (as {@code wenku serve} learns from the file system): no walk of the folder.
     *
     * @param path content-relative path of a Markdown file that exists
     * @return the document, or {@code null} when it cannot be read (the reason is added to {@code problems})
     */
    public static SourceDocument reread(Path contentDir, String path, Problems problems, SourceCache cache) throws IOException {
        Path root = contentDir.toAbsolutePath().normalize();
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) throw new IOException("not in the content folder: " + path);
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return read(root, file, attrs, problems, cache);
    }

    /** Reads one Markdown file through the cache: unchanged files are not decoded or parsed again. */
    private static SourceDocument read(Path root, Path file, BasicFileAttributes attrs, Problems problems, SourceCache cache) {
        String rel = relative(root, file);
        SourceCache.Entry e = cache.fresh(rel, attrs.lastModifiedTime(), attrs.size());
        if (e == null && attrs.size() <= MAX_MARKDOWN_BYTES) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException ex) {
                problems.error(rel, 0, 0, "content", "cannot read: " + ex.getMessage());
                return null;
            }
            byte[] sha = SourceCache.sha256(bytes);
            SourceCache.Entry same = cache.sameContent(rel, sha);
            if (same != null) {
                e = new SourceCache.Entry(attrs.lastModifiedTime(), attrs.size(), sha, same.document(), same.problems());
            } else {
                Problems own = new Problems();
                SourceDocument d = parse(rel, bytes, own);
                e = new SourceCache.Entry(attrs.lastModifiedTime(), attrs.size(), sha, d, own.sorted());
            }
            cache.put(rel, e);
        }
        if (e == null) return read(root, file, problems); // too large: reported there, never cached
        problems.addAll(e.problems());
        return e.document();
    }

    /** Reads one Markdown file, or reports why it cannot be read and returns {@code null}. */
    static SourceDocument read(Path root, Path file, Problems problems) {
        String rel = relative(root, file);
        try {
            long size = Files.size(file);
            if (size > MAX_MARKDOWN_BYTES) {
                problems.error(rel, 0, 0, "content", String.format(Locale.ROOT,
                        "file is %.1f MB; the limit is %d MB (split it into several notes)",
                        size / 1048576.0, MAX_MARKDOWN_BYTES / 1048576));
                return null;
            }
            return parse(rel, Files.readAllBytes(file), problems);
        } catch (IOException e) {
            problems.error(rel, 0, 0, "content", "cannot read: " + e.getMessage());
            return null;
        }
    }

    /** Decodes a file's bytes and splits off its front matter, or reports why it cannot be decoded. */
    private static SourceDocument parse(String rel, byte[] bytes, Problems problems) {
        try {
            DecodedText decoded = TextDecoder.decode(bytes);
            FrontMatterParser.Split split = FrontMatterParser.split(rel, decoded.text());
            problems.addAll(split.problems());
            return new SourceDocument(rel, split.frontMatter(), split.body(), split.bodyLine(), decoded.encoding());
        } catch (UndecodableTextException e) {
            problems.error(rel, TextDecoder.lineAt(bytes, e.byteOffset()), 0, "encoding", "byte " + e.byteOffset() + ": "
                    + e.getMessage());
            return null;
        }
    }

    static String relative(Path root, Path file) {
        // on Windows the separator is a backslash; on Linux a backslash is an ordinary character of a file name
        String sep = root.getFileSystem().getSeparator();
        String rel = root.relativize(file).toString();
        return sep.equals("/") ? rel : rel.replace(sep, "/");
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
