package wenku.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import wenku.problem.Problem;
import wenku.text.Escape;

/**
 * The page {@code wenku serve} shows instead of the site while the content has errors, listing every
 * problem as {@code wenku build} would print it, so that a contributor sees in the browser what to fix.
 * It reloads itself, like every served page, as soon as a save fixes the errors.
 *
 * <p>Stateless.
 */
final class ErrorPage {
    private ErrorPage() {
    }

    /**
     * @param heading what went wrong, in Chinese, e.g. {@code 内容有 2 处错误，页面没有更新}
     * @param problems the problems to list (errors first); warnings are listed after them
     * @param version  the site version, for the reload script
     */
    static byte[] html(String heading, List<Problem> problems, String contentPrefix, String version) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<link rel=\"icon\" href=\"data:,\">")
                .append("<title>").append(Escape.xml(heading)).append(" - wenku</title>")
                .append("<style>")
                .append("body{margin:0;font:16px/1.6 system-ui,sans-serif;background:#1e1e1e;color:#eee}")
                .append("main{max-width:60rem;margin:0 auto;padding:1.5rem}")
                .append("h1{font-size:1.3rem;color:#ff8a80;margin:0 0 .5rem}")
                .append("p{color:#bbb;margin:0 0 1rem}")
                .append("ol{padding-left:1.5rem}li{margin:.6rem 0;word-break:break-all}")
                .append("code{font:14px/1.5 ui-monospace,monospace;color:#8ab4f8}")
                .append(".error{color:#ff8a80}.warning{color:#ffd54f}")
                .append("</style>")
                .append("<script src=\"").append(DevServer.RELOAD_SCRIPT).append("\" data-version=\"").append(Escape.xml(version))
                .append("\" defer></script></head>\n<body><main id=\"wenku-errors\">\n")
                .append("<h1>").append(Escape.xml(heading)).append("</h1>\n")
                .append("<p>改正后保存文件，本页会自动刷新。下面的位置格式是 文件:行:列。</p>\n<ol>\n");
        problems.stream().filter(Problem::isError).forEach(p -> item(sb, p, contentPrefix));
        problems.stream().filter(p -> !p.isError()).forEach(p -> item(sb, p, contentPrefix));
        sb.append("</ol>\n</main></body></html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void item(StringBuilder sb, Problem p, String contentPrefix) {
        String location = p.file() != null && !p.file().startsWith("templates/") ? contentPrefix + p.location() : p.location();
        String kind = p.isError() ? "error" : "warning";
        sb.append("<li class=\"").append(kind).append("\"><code>").append(Escape.xml(location)).append("</code> ")
                .append("<span class=\"").append(kind).append("\">").append(p.isError() ? "错误" : "警告").append("</span> ")
                .append(Escape.xml((p.stage() == null || p.stage().isEmpty() ? "" : p.stage() + ": ") + p.message()))
                .append("</li>\n");
    }

}
