package org.mea.jwp.core.persistence;

import org.eclipse.osgi.util.NLS;
import java.util.HashMap;
import java.util.Map;
import java.util.StringTokenizer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/**
 * Reads a programme file the way {@link JwpResource} writes it, and nothing more:
 * <ul>
 * <li>a reference is a list of ids of elements in the same file. A value that is not such an id
 * ({@code other.jwp#x}, {@code http://host/x#y}, {@code #x}, {@code jwp:Taxon}) or an
 * {@code href} is refused, with its line, so no other document, file or server is ever opened;</li>
 * <li>every id is valid ({@link ElementIds}) and used once. A second element with an id would
 * otherwise silently take over the references to the first (EMF binds them to the last one
 * found). The message names both lines;</li>
 * <li>{@code xmi:id} is refused: it would give an element a second id, looked up before the
 * model's own.</li>
 * </ul>
 * Each problem is reported as an {@link XMIException} with line and column through
 * {@link #error(XMIException)}, which {@link ProgrammeStore} turns into a
 * {@link ProgrammeFileException}. The ids are also entered in the resource's intrinsic id map as
 * they are read, so resolving the references never searches the file.
 */
class JwpLoadHandler extends SAXXMIHandler {

	/** Line of the element that first used each id. */
	private final Map<String, Integer> idLines = new HashMap<>();

	JwpLoadHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
		super(resource, helper, options);
	}

	@Override
	protected void handleObjectAttribs(EObject object) {
		if (attribs != null && attribs.getIndex(ID_ATTRIB) >= 0) {
			report("has an \"" + ID_ATTRIB + "\" attribute; programme elements are identified by their \"id\" only"); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		super.handleObjectAttribs(object);
	}

	@Override
	protected void setFeatureValue(EObject object, EStructuralFeature feature, Object value, int position) {
		if (feature instanceof EAttribute attribute && attribute.isID() && value instanceof String id && !accept(id)) {
			return;
		}
		super.setFeatureValue(object, feature, value, position);
		if (feature instanceof EAttribute attribute && attribute.isID() && value instanceof String id
				&& xmlResource instanceof ResourceImpl resource && resource.getIntrinsicIDToEObjectMap() != null) {
			resource.getIntrinsicIDToEObjectMap().put(id, object);
		}
	}

	/** Whether {@code id} is valid and new; reports it when not. */
	private boolean accept(String id) {
		String problem = ElementIds.problem(id);
		if (problem != null) {
			report(NLS.bind(Messages.JwpLoadHandler_badId, id, problem));
			return false;
		}
		Integer first = idLines.putIfAbsent(id, getLineNumber());
		if (first != null) {
			report(NLS.bind(Messages.JwpLoadHandler_duplicateId, new Object[] { id, getLineNumber(), first }));
			return false;
		}
		return true;
	}

	@Override
	protected void setValueFromId(EObject object, EReference reference, String ids) {
		for (StringTokenizer tokens = new StringTokenizer(ids); tokens.hasMoreTokens();) {
			String id = tokens.nextToken();
			if (!ElementIds.isValid(id)) {
				report(NLS.bind(Messages.JwpLoadHandler_notAnId, reference.getName(), id));
				return;
			}
		}
		super.setValueFromId(object, reference, ids);
	}

	@Override
	protected void handleProxy(InternalEObject proxy, String uriLiteral) {
		report(NLS.bind(Messages.JwpLoadHandler_outside, uriLiteral));
	}

	private void report(String message) {
		error(new XMIException(message, getLocation(), getLineNumber(), getColumnNumber()));
	}
}
