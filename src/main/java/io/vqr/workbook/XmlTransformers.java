package io.vqr.workbook;

import javax.xml.transform.TransformerFactory;

/**
 * POI asks {@link TransformerFactory#newInstance()} for a new factory for every part it
 * saves, and each call scans every jar of the class path for a service provider: in the
 * packaged application that scan took a tenth of the time of a report workbook and of a
 * feedback workbook. Naming the JDK's own factory in the standard system property skips
 * the scan. It is named only when nobody has configured one and the scan finds that same
 * factory anyway (no other XSLT provider on the class path), so the factory used does not
 * change.
 */
public final class XmlTransformers {

	static final String PROPERTY = TransformerFactory.class.getName();

	static {
		if (System.getProperty(PROPERTY) == null) {
			Class<?> found = TransformerFactory.newInstance().getClass();
			if (found == TransformerFactory.newDefaultInstance().getClass()) {
				System.setProperty(PROPERTY, found.getName());
			}
		}
	}

	private XmlTransformers() {
	}

	/**
	 * Makes sure the check above has run (once per process: it runs as the class loads).
	 */
	public static void skipProviderLookup() {
	}

}
