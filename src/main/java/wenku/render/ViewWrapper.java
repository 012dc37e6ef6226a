package wenku.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * FreeMarker's default object wrapper, made cheaper for what the {@link Views} records hold; templates see exactly
 * the models {@link DefaultObjectWrapper} gives.
 * <ul>
 *   <li>The accessors of the view records are called without Java's access check: {@link Method#invoke} checks on
 *       every call that its caller may call the method, and finds that caller by walking the stack. The accessors
 *       are public methods of public records, so the check never refuses anything.</li>
 *   <li>Strings, numbers, booleans and lists are recognised by their exact class before
 *       {@link DefaultObjectWrapper#wrap}'s chain of {@code instanceof} tests, several of them against interfaces
 *       (slow for {@code String}, and slower still when two threads test one class against different interfaces).</li>
 * </ul>
 * Templates read record components millions of times a build; both costs together were about a fifth of the render
 * stage.
 *
 * <p>Thread safe.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    /** The list classes views hold: none of them is a {@link TemplateModel}. */
    private static final Set<Class<?>> LISTS = Set.copyOf(List.of(ArrayList.class, List.of().getClass(),
            List.of(1).getClass(), List.of(1, 2, 3).getClass()));

    ViewWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj != null) {
            Class<?> c = obj.getClass();
            if (c == String.class) return new SimpleScalar((String) obj);
            if (c == Integer.class) return new SimpleNumber((Integer) obj);
            if (c == Boolean.class) return (Boolean) obj ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
            if (LISTS.contains(c)) return DefaultListAdapter.adapt((List<?>) obj, this);
        }
        return super.wrap(obj);
    }

    @Override
    @SuppressWarnings("deprecation") // isAccessible only reads the flag, which setAccessible below sets once
    protected TemplateModel invokeMethod(Object object, Method method, Object[] args)
            throws InvocationTargetException, IllegalAccessException, TemplateModelException {
        if (!method.isAccessible() && method.getDeclaringClass().getEnclosingClass() == Views.class) method.setAccessible(true);
        return super.invokeMethod(object, method, args);
    }
}
