package org.mea.jwp.core.persistence;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.model.Identified;
import org.mea.jwp.model.Programme;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A {@code .jwp} file: XMI in UTF-8 whose cross-references use the elements' stable ids.
 * <p>
 * Loading refuses DTDs and external entities (XXE, "billion laughs"); nothing in a programme file
 * needs them. It also refuses references to other documents, invalid ids and ids used twice (see
 * {@link JwpLoadHandler}), so reading a programme never opens anything but the file itself.
 * Saving gives every {@link Identified} element without a valid id (or with an id already taken by
 * an element earlier in the file, e.g. a pasted copy) a fresh UUID, and stamps the format version.
 * <p>
 * Every programme file is read by this class, whatever its name ({@code .jwp.bak}, {@code .JWP},
 * {@code .xml}): {@link ProgrammeStore} creates it directly rather than by file extension.
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
		// an unknown namespace is an error, not a URL to fetch a package from
		load.put(OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		save.put(OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
		// the canonical form: no line width, so that an element's attributes stand on one line and a
		// changed attribute changes that line only (git diff and line-based merges see the edit)
		save.put(OPTION_FLUSH_THRESHOLD, 1 << 20);
		save.put(OPTION_USE_FILE_BUFFER, Boolean.FALSE);
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	@Override
	protected boolean useUUIDs() {
		return false; // ids are the model's own "id" attribute
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new Load(createXMLHelper());
	}

	@Override
	protected XMLLoad createXMLLoad(Map<?, ?> options) {
		return createXMLLoad(); // whatever the options: the checks of JwpLoadHandler always apply
	}

	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		checkReferences();
		assignIds();
		for (EObject root : getContents()) {
			if (root instanceof Programme programme) {
				programme.setFormatVersion(FORMAT_VERSION);
			}
		}
		super.doSave(outputStream, options);
	}

	/**
	 * Refuses to save a reference to an element that is not in this file (deleted, or never
	 * added), naming both elements by their labels. EMF would write the file and then fail with a
	 * message showing the element's {@code toString()} ({@code TaxonImpl@1b2c...}).
	 */
	private void checkReferences() throws IOException {
		for (TreeIterator<EObject> it = getAllContents(); it.hasNext();) {
			EObject element = it.next();
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| reference.isTransient()) {
					continue; // written as nesting, or not written at all
				}
				Object value = element.eGet(reference, false);
				for (Object target : value instanceof List<?> targets ? targets : Collections.singletonList(value)) {
					if (target instanceof EObject object && object.eResource() != this) {
						throw new IOException(NLS.bind(Messages.JwpResource_danglingReference, Labels.of(element),
								Labels.of(object)));
					}
				}
			}
		}
	}

	/** Gives a UUID to every identified element whose id is missing, invalid or shared with an earlier element. */
	private void assignIds() {
		Set<String> seen = new HashSet<>();
		for (TreeIterator<EObject> it = getAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified element) {
				String id = element.getId();
				if (!ElementIds.isValid(id) || !seen.add(id)) {
					id = EcoreUtil.generateUUID();
					element.setId(id);
					seen.add(id);
				}
			}
		}
	}

	/** Parses with {@link JwpLoadHandler}. */
	private static final class Load extends XMILoadImpl {

		Load(XMLHelper helper) {
			super(helper);
		}

		@Override
		protected DefaultHandler makeDefaultHandler() {
			return new JwpLoadHandler(resource, helper, options);
		}
	}
}
