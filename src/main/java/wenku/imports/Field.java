package wenku.imports;

/** The pieces of article metadata a web page labels, e.g. {@code 作者：}, {@code 来源：}, {@code 关键词：}. */
enum Field {
    TITLE, AUTHOR, UNIT, SOURCE, ISSUE, DATE, SECONDARY_DATE, KEYWORDS, EDITOR, SUMMARY, FUND, DOCUMENT_NUMBER,
    /** Labelled page data the note does not need (索引号, DOI, 审核 …): the line is dropped. */
    IGNORED
}
