package io.vqr.workbook;

import javax.xml.transform.TransformerFactory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once a workbook writer is loaded, the JDK's own TransformerFactory is named, so POI's
 * lookups skip the class-path scan and still get the factory the scan would find.
 */
class XmlTransformersTest {

	@Test
	void namesTheFactoryTheLookupFindsAnyway() {
		XmlTransformers.skipProviderLookup();
		assertThat(System.getProperty(XmlTransformers.PROPERTY))
			.isEqualTo(TransformerFactory.newDefaultInstance().getClass().getName());
		assertThat(TransformerFactory.newInstance().getClass())
			.isEqualTo(TransformerFactory.newDefaultInstance().getClass());
	}

}
