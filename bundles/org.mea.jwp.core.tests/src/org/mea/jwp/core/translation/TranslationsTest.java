package org.mea.jwp.core.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.JwpResourceFactory;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage.Literals;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;

/** French and Spanish versions of the programme's texts: set, read, outdated, missing, saved. */
class TranslationsTest {

	private Programme programme;
	private AdapterFactoryEditingDomain domain;

	@BeforeEach
	void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
		domain = ProgrammeEditingDomains.create();
	}

	@Test
	void aTranslationIsUsedUntilItsOriginalChanges() {
		Activity b6 = programme.findActivity("B6");
		String french = "La CITES participera à la finalisation du plan de gestion de la conservation.";
		domain.getCommandStack().execute(Translations.set(domain, b6, Literals.ACTIVITY__TEXT, "fr", french));
		assertEquals(french, Translations.text(b6, Literals.ACTIVITY__TEXT, "fr"));
		assertNull(Translations.text(b6, Literals.ACTIVITY__TEXT, "es"), "no Spanish version");

		b6.setText(b6.getText() + " (revised)");
		assertTrue(Translations.isOutdated(Translations.find(b6, Literals.ACTIVITY__TEXT, "fr")));
		assertNull(Translations.text(b6, Literals.ACTIVITY__TEXT, "fr"), "an outdated translation is not used");
		assertTrue(Translations.missing(programme, "fr").stream()
				.anyMatch(m -> m.element() == b6 && m.attribute() == Literals.ACTIVITY__TEXT && m.outdated() != null),
				"listed as outdated");

		domain.getCommandStack()
				.execute(Translations.set(domain, b6, Literals.ACTIVITY__TEXT, "fr", french + " (révisé)"));
		assertEquals(french + " (révisé)", Translations.text(b6, Literals.ACTIVITY__TEXT, "fr"),
				"translated again from the new original");
		assertEquals(1, b6.getTranslations().size(), "one translation per text and language");
		domain.getCommandStack().undo();
		assertNull(Translations.text(b6, Literals.ACTIVITY__TEXT, "fr"), "Undo: outdated again");
	}

	@Test
	void whatIsMissingPerLanguageAndWhatCannotBeTranslated() {
		int before = Translations.missing(programme, "es").size();
		assertTrue(before > 31, "every activity's text and more: " + before);
		Activity a1 = programme.findActivity("A1");
		domain.getCommandStack().execute(
				Translations.set(domain, a1, Literals.ACTIVITY__TEXT, "es", "Actualización continua de la lista."));
		assertEquals(before - 1, Translations.missing(programme, "es").size());
		assertEquals(before, Translations.missing(programme, "fr").size(), "French is still missing all");

		assertThrows(IllegalArgumentException.class,
				() -> Translations.set(domain, a1, Literals.ACTIVITY__TEXT, "de", "x"));
		assertThrows(IllegalArgumentException.class,
				() -> Translations.set(domain, a1, Literals.ACTIVITY__CODE, "fr", "x"));
		domain.getCommandStack().execute(Translations.set(domain, a1, Literals.ACTIVITY__TEXT, "es", " "));
		assertEquals(List.of(), a1.getTranslations(), "a blank text removes the translation");
	}

	@Test
	void translationsAreSavedAndReadBack() throws Exception {
		Activity b6 = programme.findActivity("B6");
		domain.getCommandStack()
				.execute(Translations.set(domain, b6, Literals.ACTIVITY__TEXT, "es", "La CITES participará."));
		domain.getCommandStack()
				.execute(Translations.set(domain, b6.getTheme(), Literals.THEME__NAME, "fr", "Activités conjointes"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		programme.eResource().save(out, Map.of());
		Resource again = JwpResourceFactory.newResource(URI.createURI("memory:/again.jwp"));
		again.load(new ByteArrayInputStream(out.toByteArray()), Map.of());
		Programme read = ProgrammeStore.programme(again);
		assertEquals("La CITES participará.",
				Translations.text(read.findActivity("B6"), Literals.ACTIVITY__TEXT, "es"));
		assertEquals("Activités conjointes",
				Translations.text(read.findActivity("B6").getTheme(), Literals.THEME__NAME, "fr"));
	}
}
