package org.mea.jwp.core.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.JwpPackage.Literals;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Translatable;
import org.mea.jwp.model.Translation;

/**
 * Reading and writing the French and Spanish versions of a programme's texts. The programme is
 * written in English (its original); a translation keeps the original it was made from, so that
 * when the original changes the translation is <em>outdated</em> and no longer used.
 */
public final class Translations {

	/** The languages a programme's texts are translated into. */
	public static final List<String> LANGUAGES = List.of("fr", "es"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The texts that have versions in other languages: activities' texts and sub-items, themes' and
	 * groups' names, the programme's title and background, a cycle's introduction and
	 * recommendations, a body's name, Convention title and secretariat, a meeting's name and place.
	 */
	public static final List<EAttribute> TRANSLATABLE = List.of(Literals.ACTIVITY__TEXT, Literals.SUB_ITEM__TEXT,
			Literals.THEME__NAME, Literals.THEME__SHORT_NAME, Literals.ACTIVITY_GROUP__NAME, Literals.PROGRAMME__TITLE,
			Literals.PROGRAMME__BACKGROUND, Literals.REPORTING_CYCLE__INTRODUCTION,
			Literals.REPORTING_CYCLE__RECOMMENDATIONS,
			Literals.BODY__NAME, Literals.BODY__CONVENTION_TITLE, Literals.BODY__SECRETARIAT, Literals.MEETING__NAME,
			Literals.MEETING__PLACE);

	/** A text of an element that has no up-to-date version in a language. */
	public record Missing(Translatable element, EAttribute attribute, String original, Translation outdated) {
	}

	private Translations() {
	}

	/** The translation of {@code attribute} of {@code element} into {@code language}, outdated or not; null when there is none. */
	public static Translation find(Translatable element, EAttribute attribute, String language) {
		for (Translation translation : element.getTranslations()) {
			if (attribute.getName().equals(translation.getFeature()) && language.equals(translation.getLanguage())) {
				return translation;
			}
		}
		return null;
	}

	/**
	 * The text of {@code attribute} of {@code element} in {@code language}: its translation when there
	 * is one and it is up to date, else null (the caller falls back on the original).
	 */
	public static String text(Translatable element, EAttribute attribute, String language) {
		Translation translation = find(element, attribute, language);
		return translation == null || isOutdated(translation) || translation.getText() == null
				|| translation.getText().isBlank()
						? null
						: translation.getText();
	}

	/** Whether the original of {@code translation} has changed since it was translated. */
	public static boolean isOutdated(Translation translation) {
		if (!(translation.eContainer() instanceof Translatable element)) {
			return false;
		}
		EAttribute attribute = attribute(element, translation.getFeature());
		return attribute != null
				&& !Objects.equals(normalised((String) element.eGet(attribute)), normalised(translation.getOriginal()));
	}

	private static String normalised(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The translatable attribute named {@code name} of {@code element}'s class, or null. */
	static EAttribute attribute(EObject element, String name) {
		for (EAttribute attribute : TRANSLATABLE) {
			if (attribute.getName().equals(name) && attribute.getEContainingClass().isSuperTypeOf(element.eClass())) {
				return attribute;
			}
		}
		return null;
	}

	/**
	 * The command that makes {@code text} the {@code language} version of {@code attribute} of
	 * {@code element}, made from its original as it is now (a blank text removes the translation).
	 */
	public static Command set(EditingDomain domain, Translatable element, EAttribute attribute, String language,
			String text) {
		if (!LANGUAGES.contains(language) || !attribute.getEContainingClass().isSuperTypeOf(element.eClass())
				|| !TRANSLATABLE.contains(attribute)) {
			throw new IllegalArgumentException(
					attribute.getName() + " of " + element.eClass().getName() + " has no " + language //$NON-NLS-1$ //$NON-NLS-2$
							+ " version; languages: " + String.join(", ", LANGUAGES)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Translation existing = find(element, attribute, language);
		String original = (String) element.eGet(attribute);
		if (text == null || text.isBlank()) {
			return existing == null ? org.eclipse.emf.common.command.IdentityCommand.INSTANCE
					: RemoveCommand.create(domain, element, Literals.TRANSLATABLE__TRANSLATIONS, existing);
		}
		if (existing == null) {
			Translation translation = JwpFactory.eINSTANCE.createTranslation();
			translation.setFeature(attribute.getName());
			translation.setLanguage(language);
			translation.setText(text);
			translation.setOriginal(original);
			return AddCommand.create(domain, element, Literals.TRANSLATABLE__TRANSLATIONS, translation);
		}
		CompoundCommand command = new CompoundCommand(Messages.Translations_command);
		command.append(SetCommand.create(domain, existing, Literals.TRANSLATION__TEXT, text));
		command.append(SetCommand.create(domain, existing, Literals.TRANSLATION__ORIGINAL, original));
		return command;
	}

	/** Every text of {@code programme} with no up-to-date {@code language} version, in document order. */
	public static List<Missing> missing(Programme programme, String language) {
		List<Missing> missing = new ArrayList<>();
		visit(programme, language, missing);
		for (TreeIterator<EObject> it = programme.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof Translation) {
				it.prune();
			} else {
				visit(next, language, missing);
			}
		}
		return missing;
	}

	private static void visit(EObject object, String language, List<Missing> missing) {
		if (!(object instanceof Translatable element)) {
			return;
		}
		for (EAttribute attribute : TRANSLATABLE) {
			if (attribute.getEContainingClass().isSuperTypeOf(object.eClass())) {
				String original = (String) object.eGet(attribute);
				if (original != null && !original.isBlank() && text(element, attribute, language) == null) {
					missing.add(new Missing(element, attribute, original, find(element, attribute, language)));
				}
			}
		}
	}
}
