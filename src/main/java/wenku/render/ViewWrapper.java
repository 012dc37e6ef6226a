package wenku.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * FreeMarker's default object wrapper, except that the accessors of the {@link Views} records are called without
 * Java's access check. {@link Method#invoke} checks on every call that its caller may call the method, and finds
 * that caller by walking the stack; templates read record components millions of times a build, and that walk was
 * about a tenth of the render stage. The accessors are public methods of public records, so the check never
 * refuses anything: what templates can reach is unchanged.
 *
 * <p>Thread safe.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    ViewWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
    }

    @Override
    @SuppressWarnings("deprecation") // isAccessible only reads the flag, which setAccessible below sets once
    protected TemplateModel invokeMethod(Object object, Method method, Object[] args)
            throws InvocationTargetException, IllegalAccessException, TemplateModelException {
        if (!method.isAccessible() && method.getDeclaringClass().getEnclosingClass() == Views.class) method.setAccessible(true);
        return super.invokeMethod(object, method, args);
    }
}
