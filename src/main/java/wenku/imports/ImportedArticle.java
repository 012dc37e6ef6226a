package wenku.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article recovered from a copied web page: its metadata and its body as blocks of clean text
 * (headings, paragraphs, list items), ready to be written as a Markdown note with {@link #toMarkdown()}.
 *
 * <p>Immutable and thread safe. Optional fields are {@code null} (or empty lists) when the page did not give them.
 */
public final class ImportedArticle {
    private final String title;
    private final String subtitle;
    private final LocalDate date;
    private final List<String> authors;
    private final String unit;
    private final String source;
    private final String editor;
    private final String category;
    private final List<String> tags;
    private final String documentNumber;
    private final String fund;
    private final String summary;
    private final List<Block> blocks;

    /** One block of the body. {@code level} is 2–6 for headings and 0 otherwise. */
    public record Block(Kind kind, int level, String text) {
        /** What a block is. */
        public enum Kind { HEADING, PARAGRAPH, LIST_ITEM }

        public Block {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(text);
        }

        static Block heading(int level, String text) {
            return new Block(Kind.HEADING, level, text);
        }

        static Block paragraph(String text) {
            return new Block(Kind.PARAGRAPH, 0, text);
        }

        static Block listItem(String text) {
            return new Block(Kind.LIST_ITEM, 0, text);
        }

        /** The block as Markdown: {@code ## 标题}, the paragraph, or {@code - 项}. */
        public String toMarkdown() {
            return switch (kind) {
                case HEADING -> "#".repeat(level) + " " + text;
                case LIST_ITEM -> "- " + text;
                case PARAGRAPH -> text;
            };
        }
    }

    ImportedArticle(String title, String subtitle, LocalDate date, List<String> authors, String unit, String source,
                    String editor, String category, List<String> tags, String documentNumber, String fund,
                    String summary, List<Block> blocks) {
        this.title = Objects.requireNonNull(title);
        this.subtitle = subtitle;
        this.date = date;
        this.authors = List.copyOf(authors);
        this.unit = unit;
        this.source = source;
        this.editor = editor;
        this.category = category;
        this.tags = List.copyOf(tags);
        this.documentNumber = documentNumber;
        this.fund = fund;
        this.summary = summary;
        this.blocks = List.copyOf(blocks);
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public LocalDate date() {
        return date;
    }

    public List<String> authors() {
        return authors;
    }

    /** 作者单位 (several units joined with {@code ；}). */
    public String unit() {
        return unit;
    }

    /** 来源 with the issue, e.g. {@code 中国煤炭工业 2014年第6期}. */
    public String source() {
        return source;
    }

    /** 责任编辑. */
    public String editor() {
        return editor;
    }

    public String category() {
        return category;
    }

    public List<String> tags() {
        return tags;
    }

    /** 发文字号, e.g. {@code 京安监发〔2023〕12号}; front matter key {@code docno}. */
    public String documentNumber() {
        return documentNumber;
    }

    /** 基金项目; front matter key {@code fund}. */
    public String fund() {
        return fund;
    }

    /** 摘要. */
    public String summary() {
        return summary;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The {@code ## } headings of the body, in order. */
    public List<String> headings() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.HEADING).map(Block::text).toList();
    }

    /** The front matter between {@code ---} lines, keys in the order title, subtitle, date, author, unit, source, editor, category, tags, docno, fund, summary. */
    public String frontMatter() {
        StringBuilder sb = new StringBuilder("---\n");
        line(sb, "title", title);
        line(sb, "subtitle", subtitle);
        if (date != null) sb.append("date: ").append(date).append('\n');
        if (authors.size() == 1) line(sb, "author", authors.get(0));
        else if (authors.size() > 1) sb.append("author: ").append(Yaml.list(authors)).append('\n');
        line(sb, "unit", unit);
        line(sb, "source", source);
        line(sb, "editor", editor);
        line(sb, "category", category);
        if (!tags.isEmpty()) sb.append("tags: ").append(Yaml.list(tags)).append('\n');
        line(sb, "docno", documentNumber);
        line(sb, "fund", fund);
        line(sb, "summary", summary);
        return sb.append("---\n").toString();
    }

    /** The body as Markdown: blocks separated by blank lines (list items by single line breaks). */
    public String body() {
        StringBuilder sb = new StringBuilder();
        Block prev = null;
        for (Block b : blocks) {
            if (prev != null) {
                boolean list = prev.kind() == Block.Kind.LIST_ITEM && b.kind() == Block.Kind.LIST_ITEM;
                sb.append(list ? "\n" : "\n\n");
            }
            sb.append(b.toMarkdown());
            prev = b;
        }
        return sb.append('\n').toString();
    }

    /** The whole note: front matter, a blank line, the body. */
    public String toMarkdown() {
        return frontMatter() + "\n" + body();
    }

    private static void line(StringBuilder sb, String key, String value) {
        if (value != null && !value.isBlank()) sb.append(key).append(": ").append(Yaml.scalar(value)).append('\n');
    }

    @Override
    public String toString() {
        return "ImportedArticle[" + title + "]";
    }
}
