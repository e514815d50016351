package org.mea.jwp.core.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.mea.jwp.model.Identified;
import org.mea.jwp.model.Programme;

/**
 * A {@code .jwp} file: XMI in UTF-8 whose cross-references use the elements' stable ids.
 * <p>
 * Loading refuses DTDs and external entities (XXE, "billion laughs"); nothing in a programme file
 * needs them. Saving gives every {@link Identified} element without an id (or with an id already
 * taken by an element earlier in the file, e.g. a pasted copy) a fresh UUID, and stamps the format
 * version.
 */
public class JwpResource extends XMIResourceImpl {

	/** Version of the file format written by this code. */
	public static final String FORMAT_VERSION = "1.0"; //$NON-NLS-1$

	private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl(true);

	/** Xerces features that keep a hostile file from reading other files or exhausting memory. */
	static final Map<String, Boolean> SECURE_PARSER_FEATURES = Map.of(
			"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE, //$NON-NLS-1$
			"http://xml.org/sax/features/external-general-entities", Boolean.FALSE, //$NON-NLS-1$
			"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE, //$NON-NLS-1$
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE); //$NON-NLS-1$

	public JwpResource(URI uri) {
		super(uri);
		Map<Object, Object> load = getDefaultLoadOptions();
		load.put(OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(OPTION_USE_PARSER_POOL, PARSER_POOL);
		load.put(OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		load.put(OPTION_PARSER_FEATURES, SECURE_PARSER_FEATURES);
		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		save.put(OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
		save.put(OPTION_LINE_WIDTH, 140);
		save.put(OPTION_FLUSH_THRESHOLD, 1 << 20);
		save.put(OPTION_USE_FILE_BUFFER, Boolean.FALSE);
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	@Override
	protected boolean useUUIDs() {
		return false; // ids are the model's own "id" attribute
	}

	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		assignIds();
		for (EObject root : getContents()) {
			if (root instanceof Programme programme) {
				programme.setFormatVersion(FORMAT_VERSION);
			}
		}
		super.doSave(outputStream, options);
	}

	/** Gives a UUID to every identified element that has no id or shares one with an earlier element. */
	private void assignIds() {
		Set<String> seen = new HashSet<>();
		for (TreeIterator<EObject> it = getAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified element) {
				String id = element.getId();
				if (id == null || id.isBlank() || !seen.add(id)) {
					id = EcoreUtil.generateUUID();
					element.setId(id);
					seen.add(id);
				}
			}
		}
	}
}
