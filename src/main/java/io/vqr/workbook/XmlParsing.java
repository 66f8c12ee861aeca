package io.vqr.workbook;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX for the package's own XML: no DTDs, no external entities. */
final class XmlParsing {

	private static final XMLInputFactory FACTORY = secureFactory();

	private XmlParsing() {
	}

	static XMLStreamReader reader(InputStream in) throws XMLStreamException {
		return FACTORY.createXMLStreamReader(in);
	}

	/**
	 * What a failed parse means: a broken limit if the guard stopped it, otherwise a
	 * corrupt part.
	 */
	static WorkbookException failure(XMLStreamException ex) {
		WorkbookException broken = RefusedContentException.find(ex);
		return (broken != null) ? broken : WorkbookFiles.corrupt(ex);
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		setIfSupported(factory, XMLInputFactory.SUPPORT_DTD, false);
		setIfSupported(factory, XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		setIfSupported(factory, XMLInputFactory.IS_COALESCING, false);
		return factory;
	}

	private static void setIfSupported(XMLInputFactory factory, String property, Object value) {
		if (factory.isPropertySupported(property)) {
			factory.setProperty(property, value);
		}
	}

}
