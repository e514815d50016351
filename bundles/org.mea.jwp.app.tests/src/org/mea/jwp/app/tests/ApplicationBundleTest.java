package org.mea.jwp.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.junit.jupiter.api.Test;
import org.mea.jwp.app.JwpApplication;
import org.mea.jwp.app.WorkProgrammePerspective;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Headless smoke tests: the application bundle resolves, starts and declares what the product needs. */
class ApplicationBundleTest {

	private static final String BUNDLE = "org.mea.jwp.app";

	@Test
	void bundleResolvesAndStarts() throws Exception {
		Bundle bundle = Platform.getBundle(BUNDLE);
		assertNotNull(bundle, "bundle not installed");
		assertTrue((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
				"bundle not resolved, state " + bundle.getState());
		bundle.start(Bundle.START_TRANSIENT);
		assertEquals(Bundle.ACTIVE, bundle.getState());
		assertEquals(bundle, FrameworkUtil.getBundle(JwpApplication.class));
	}

	@Test
	void applicationExtensionCreatesTheApplication() throws Exception {
		IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.applications",
				JwpApplication.ID);
		assertNotNull(extension, "application extension " + JwpApplication.ID + " missing");
		IConfigurationElement run = extension.getConfigurationElements()[0].getChildren("run")[0];
		assertInstanceOf(JwpApplication.class, run.createExecutableExtension("class"));
		assertInstanceOf(IApplication.class, run.createExecutableExtension("class"));
	}

	@Test
	void productIsBrandedWithExistingImages() {
		IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.products",
				"org.mea.jwp.app.product");
		assertNotNull(extension, "product extension missing");
		IConfigurationElement product = extension.getConfigurationElements()[0];
		assertEquals(JwpApplication.ID, product.getAttribute("application"));
		assertEquals("JWP Workbench", product.getAttribute("name"));
		Map<String, String> properties = Arrays.stream(product.getChildren("property"))
				.collect(Collectors.toMap(p -> p.getAttribute("name"), p -> p.getAttribute("value")));
		assertEquals("JWP Workbench", properties.get("appName"));
		assertTrue(properties.get("aboutText").contains("SC62 Doc. 14.3"), properties.get("aboutText"));
		Bundle bundle = Platform.getBundle(BUNDLE);
		String[] images = properties.get("windowImages").split(",");
		assertEquals(6, images.length);
		for (String image : images) {
			URL entry = bundle.getEntry(image);
			assertNotNull(entry, "window image missing from the bundle: " + image);
		}
		assertNotNull(bundle.getEntry(properties.get("aboutImage")), "about image missing");
	}

	@Test
	void perspectiveIsDeclared() throws Exception {
		IConfigurationElement perspective = Arrays
				.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.perspectives"))
				.filter(e -> WorkProgrammePerspective.ID.equals(e.getAttribute("id"))).findFirst().orElse(null);
		assertNotNull(perspective, "perspective not declared");
		assertEquals("Work Programme", perspective.getAttribute("name"));
		assertInstanceOf(WorkProgrammePerspective.class, perspective.createExecutableExtension("class"));
	}
}
