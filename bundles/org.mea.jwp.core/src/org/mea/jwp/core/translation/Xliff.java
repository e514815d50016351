package org.mea.jwp.core.translation;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.osgi.util.NLS;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Identified;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.SubItem;
import org.mea.jwp.model.Translatable;

/**
 * The texts to translate as an XLIFF 1.2 file for translators, and the translated file read back.
 * One file per target language; one unit per text that has no up-to-date translation, its id stable
 * ({@code B6#text}, {@code B1/subItems.2#text}); an outdated translation goes out as a target to
 * review. Written and read with the JDK's StAX: no XLIFF library is served here, and the part of
 * XLIFF used (file, body, trans-unit, source, target) is small.
 */
public final class Xliff {

	private static final String NS = "urn:oasis:names:tc:xliff:document:1.2"; //$NON-NLS-1$

	/** A unit that could not be taken, with the line of the file it is on. */
	public record Problem(int line, String message) {
		@Override
		public String toString() {
			return "line " + line + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** A translation read from a file: the text of {@code attribute} of {@code element}. */
	public record Unit(Translatable element, EAttribute attribute, String text) {
	}

	/** What a translated file holds for a programme: the units to take and the problems of the others. */
	public record Reading(String language, List<Unit> units, List<Problem> problems) {

		/** The units as one command ("Import translations"), which Undo takes back whole. */
		public Command command(EditingDomain domain) {
			CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Xliff_importCommand, units.size()));
			for (Unit unit : units) {
				command.append(Translations.set(domain, unit.element(), unit.attribute(), language, unit.text()));
			}
			return command;
		}
	}

	/** The file is not XLIFF this class can read; nothing of it is taken. */
	public static final class XliffException extends Exception {
		private static final long serialVersionUID = 1L;

		XliffException(int line, String message) {
			super("line " + line + ": " + message); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private Xliff() {
	}

	/** Writes the texts of {@code programme} with no up-to-date {@code language} version; returns how many. */
	public static int write(Programme programme, String language, OutputStream out) throws XMLStreamException {
		List<Translations.Missing> missing = Translations.missing(programme, language);
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"); //$NON-NLS-1$
		xml.writeStartDocument("UTF-8", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.writeCharacters("\n"); //$NON-NLS-1$
		xml.writeStartElement("xliff"); //$NON-NLS-1$
		xml.writeDefaultNamespace(NS);
		xml.writeAttribute("version", "1.2"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.writeCharacters("\n  "); //$NON-NLS-1$
		xml.writeStartElement("file"); //$NON-NLS-1$
		xml.writeAttribute("original", programme.getId()); //$NON-NLS-1$
		xml.writeAttribute("source-language", "en"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.writeAttribute("target-language", language); //$NON-NLS-1$
		xml.writeAttribute("datatype", "plaintext"); //$NON-NLS-1$ //$NON-NLS-2$
		xml.writeCharacters("\n    "); //$NON-NLS-1$
		xml.writeStartElement("body"); //$NON-NLS-1$
		for (Translations.Missing text : missing) {
			xml.writeCharacters("\n      "); //$NON-NLS-1$
			xml.writeStartElement("trans-unit"); //$NON-NLS-1$
			xml.writeAttribute("id", id(text.element(), text.attribute())); //$NON-NLS-1$
			xml.writeCharacters("\n        "); //$NON-NLS-1$
			element(xml, "source", text.original()); //$NON-NLS-1$
			if (text.outdated() != null) {
				xml.writeCharacters("\n        "); //$NON-NLS-1$
				xml.writeStartElement("target"); //$NON-NLS-1$
				xml.writeAttribute("state", "needs-review-translation"); //$NON-NLS-1$ //$NON-NLS-2$
				xml.writeCharacters(text.outdated().getText() == null ? "" : text.outdated().getText()); //$NON-NLS-1$
				xml.writeEndElement();
				xml.writeCharacters("\n        "); //$NON-NLS-1$
				element(xml, "note", //$NON-NLS-1$
						"The original changed since this was translated from: " + text.outdated().getOriginal()); //$NON-NLS-1$
			}
			xml.writeCharacters("\n      "); //$NON-NLS-1$
			xml.writeEndElement();
		}
		xml.writeCharacters("\n    "); //$NON-NLS-1$
		xml.writeEndElement();
		xml.writeCharacters("\n  "); //$NON-NLS-1$
		xml.writeEndElement();
		xml.writeCharacters("\n"); //$NON-NLS-1$
		xml.writeEndElement();
		xml.writeCharacters("\n"); //$NON-NLS-1$
		xml.writeEndDocument();
		xml.close();
		return missing.size();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	/** A text's unit id: the element's id, or its activity's and its place for a sub-item, then the attribute. */
	static String id(Translatable element, EAttribute attribute) {
		String owner = element instanceof Identified identified ? identified.getId()
				: element instanceof SubItem item && item.eContainer() instanceof Activity activity
						? activity.getId() + "/subItems." + activity.getSubItems().indexOf(item) //$NON-NLS-1$
						: "?"; //$NON-NLS-1$
		return owner + "#" + attribute.getName(); //$NON-NLS-1$
	}

	/**
	 * Reads a translated file for {@code programme}: each unit with a target whose source is still the
	 * text's original is taken; a unit naming no text of the programme, or whose original changed since
	 * the file was written, is a problem on its line, and the others are still taken.
	 *
	 * @throws XliffException when the file is not well-formed XLIFF 1.2 for one target language
	 *             (nothing is taken)
	 */
	public static Reading read(Programme programme, InputStream in) throws XliffException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		// a translator's file is not trusted: no DTD, no external entities
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		List<Unit> units = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		String language = null;
		XMLStreamReader xml = null;
		try {
			xml = factory.createXMLStreamReader(in);
			String id = null;
			int unitLine = 0;
			String source = null;
			String target = null;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					if (name.equals("xliff") && !NS.equals(xml.getNamespaceURI())) { //$NON-NLS-1$
						throw new XliffException(xml.getLocation().getLineNumber(),
								"not an XLIFF 1.2 file (namespace " + NS + ")"); //$NON-NLS-1$ //$NON-NLS-2$
					} else if (name.equals("file")) { //$NON-NLS-1$
						language = xml.getAttributeValue(null, "target-language"); //$NON-NLS-1$
						if (language == null || !Translations.LANGUAGES.contains(language)) {
							throw new XliffException(xml.getLocation().getLineNumber(), "target-language \"" + language //$NON-NLS-1$
									+ "\" is not one of " + String.join(", ", Translations.LANGUAGES)); //$NON-NLS-1$ //$NON-NLS-2$
						}
					} else if (name.equals("trans-unit")) { //$NON-NLS-1$
						id = xml.getAttributeValue(null, "id"); //$NON-NLS-1$
						unitLine = xml.getLocation().getLineNumber();
						source = null;
						target = null;
					} else if (name.equals("source")) { //$NON-NLS-1$
						source = xml.getElementText();
					} else if (name.equals("target")) { //$NON-NLS-1$
						target = xml.getElementText();
					}
				} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("trans-unit")) { //$NON-NLS-1$
					if (language == null) {
						throw new XliffException(unitLine, "a trans-unit outside a file element"); //$NON-NLS-1$
					}
					take(programme, id, source, target, unitLine, units, problems);
				}
			}
		} catch (XMLStreamException e) {
			// the JDK's message repeats the position before "Message: " and the reason
			String message = e.getMessage() == null ? "" : e.getMessage(); //$NON-NLS-1$
			int at = message.indexOf("Message: "); //$NON-NLS-1$
			String reason = (at < 0 ? message : message.substring(at + "Message: ".length())).strip(); //$NON-NLS-1$
			throw new XliffException(e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
					"not well-formed: " + reason); //$NON-NLS-1$
		} finally {
			if (xml != null) {
				try {
					xml.close();
				} catch (XMLStreamException e) {
					// the file was read or refused already
				}
			}
		}
		if (language == null) {
			throw new XliffException(1, "no file element with a target-language"); //$NON-NLS-1$
		}
		return new Reading(language, units, problems);
	}

	private static void take(Programme programme, String id, String source, String target, int line, List<Unit> units,
			List<Problem> problems) {
		if (target == null || target.isBlank()) {
			return; // not translated yet
		}
		int hash = id == null ? -1 : id.lastIndexOf('#');
		Translatable element = hash < 0 ? null : element(programme, id.substring(0, hash));
		EAttribute attribute = element == null ? null : Translations.attribute(element, id.substring(hash + 1));
		if (attribute == null) {
			problems.add(new Problem(line, "the unit \"" + id + "\" names no text of the programme")); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		String original = (String) element.eGet(attribute);
		if (!Objects.equals(normalised(original), normalised(source))) {
			problems.add(new Problem(line,
					"the original of \"" + id + "\" has changed since the file was written; export it again")); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		units.add(new Unit(element, attribute, target.strip()));
	}

	private static Translatable element(Programme programme, String owner) {
		int sub = owner.indexOf("/subItems."); //$NON-NLS-1$
		String id = sub < 0 ? owner : owner.substring(0, sub);
		EObject found = programme.getId() != null && programme.getId().equals(id) ? programme
				: programme.eResource() != null ? programme.eResource().getEObject(id) : null;
		if (sub < 0) {
			return found instanceof Translatable element ? element : null;
		}
		if (!(found instanceof Activity activity)) {
			return null;
		}
		try {
			int index = Integer.parseInt(owner.substring(sub + "/subItems.".length())); //$NON-NLS-1$
			return index >= 0 && index < activity.getSubItems().size() ? activity.getSubItems().get(index) : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static String normalised(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
