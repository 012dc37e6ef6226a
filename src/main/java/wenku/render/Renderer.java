package wenku.render;

import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * FreeMarker, configured once for the theme: HTML auto-escaping for {@code .ftlh} files, no access to Java
 * classes from templates, errors thrown rather than printed into pages.
 *
 * <p>Thread safe after construction: templates are compiled once and cached.
 */
final class Renderer {
    private final Configuration cfg;

    Renderer(Theme theme) throws IOException {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path layer : theme.layers()) loaders.add(new PathTemplateLoader(layer));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setLocalizedLookup(false);
        cfg.setObjectWrapper(new ViewWrapper());
    }

    /** Renders a template with a data model, as UTF-8. */
    byte[] render(String template, Map<String, Object> model) throws IOException, TemplateException {
        Template t = cfg.getTemplate(template);
        Utf8Writer out = new Utf8Writer(32 * 1024);
        t.process(model, out);
        return out.toByteArray();
    }
}
