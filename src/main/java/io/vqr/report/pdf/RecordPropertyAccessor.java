package io.vqr.report.pdf;

import java.beans.IntrospectionException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import ognl.ObjectPropertyAccessor;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;

/**
 * Reads the properties of records (the report models) in template expressions such as
 * {@code ${r.cover.schoolName}} exactly as OGNL does, but finds each reader method once
 * per class. OGNL caches bean getters ({@code getX()}) but looks a record's accessor
 * ({@code x()}) up by scanning every method of the class on every read, which took about
 * a third of the time of filling a report template.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

	private static final Object[] NO_ARGUMENTS = {};

	private static final RecordPropertyAccessor INSTANCE = new RecordPropertyAccessor();

	static {
		// OGNL picks the accessor of the nearest registered superclass.
		OgnlRuntime.setPropertyAccessor(Record.class, INSTANCE);
	}

	private final ClassValue<Map<String, Optional<Method>>> readers = new ClassValue<>() {

		@Override
		protected Map<String, Optional<Method>> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}

	};

	private RecordPropertyAccessor() {
	}

	/** Installs the accessor for every record (once per process). */
	static void install() {
	}

	@Override
	@SuppressWarnings("rawtypes") // OGNL declares the context as a raw Map.
	public Object getPossibleProperty(Map context, Object target, String name) throws OgnlException {
		OgnlContext ognl = (OgnlContext) context;
		Method reader = reader(ognl, target.getClass(), name);
		if (reader == null || !ognl.getMemberAccess().isAccessible(context, target, reader, name)) {
			// Fields, and the answers for what is missing or forbidden, as OGNL gives
			// them.
			return super.getPossibleProperty(context, target, name);
		}
		try {
			return OgnlRuntime.invokeMethod(target, reader, NO_ARGUMENTS);
		}
		catch (InvocationTargetException ex) {
			throw new OgnlException(name, ex.getTargetException());
		}
		catch (IllegalAccessException ex) {
			throw new OgnlException(name, ex);
		}
	}

	/**
	 * The method OGNL reads the property with: a bean getter, else a method of that name.
	 */
	private Method reader(OgnlContext context, Class<?> type, String name) throws OgnlException {
		Map<String, Optional<Method>> known = this.readers.get(type);
		Optional<Method> reader = known.get(name);
		if (reader == null) {
			try {
				Method getter = OgnlRuntime.getGetMethod(context, type, name);
				reader = Optional.ofNullable((getter != null) ? getter : OgnlRuntime.getReadMethod(type, name, null));
			}
			catch (IntrospectionException ex) {
				throw new OgnlException(name, ex);
			}
			known.put(name, reader);
		}
		return reader.orElse(null);
	}

}
