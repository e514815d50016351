package org.mea.jwp.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.JwpResourceFactory;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.succession.Continuation;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.tests.RunningWorkbench;

/** The Overview of a programme that continues another says where its activities came from, and the earlier one where they went. */
@ExtendWith(ScreenshotOnFailure.class)
class OverviewOriginsTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@AfterEach
	void backToTheEmbeddedProgramme() throws Exception {
		RunningWorkbench.openEmbeddedProgramme();
	}

	private static String originsShownFor(Programme programme) {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		IEclipseContext context = org.mea.jwp.ui.tests.RunningWorkbench.ready();
		Resource resource = programme.eResource() != null ? programme.eResource()
				: JwpResourceFactory.newResource(URI.createURI("memory:/" + programme.getId() + ".jwp"));
		if (programme.eResource() == null) {
			resource.getContents().add(programme);
		}
		ProgrammeSession session = new ProgrammeSession(resource);
		context.set(ProgrammeSession.class, session);
		UiWait.until(display, TIMEOUT, "the editor of " + programme.getTitle(),
				() -> ProgrammeEditors.find(workbench.getActiveWorkbenchWindow().getActivePage(), session) != null);
		ProgrammeEditor editor = ProgrammeEditors.find(workbench.getActiveWorkbenchWindow().getActivePage(), session);
		editor.setActivePage(OverviewPage.ID);
		UiWait.flush(display);
		return editor.getOverview().getOrigins().isVisible() ? editor.getOverview().getOrigins().getText() : "";
	}

	@Test
	void whereTheActivitiesCameFromAndWentTo() throws Exception {
		Programme earlier = ProgrammeStore.programme(DefaultProgramme.load());
		assertEquals("", originsShownFor(earlier),
				"nothing to say of a programme that neither continues nor was continued");

		earlier = ProgrammeStore.programme(DefaultProgramme.load());
		List<Activity> carried = List.of(earlier.findActivity("A1"), earlier.findActivity("B6"));
		Programme next = Continuation.from(earlier, 2015, 2020, carried);
		next.findActivity("B6").setCode("C3"); // renumbered in the new programme
		Continuation.markCarriedForward(earlier, next, carried, java.time.LocalDate.of(2015, 1, 20));
		assertEquals(
				"Continues the CMS-CITES Joint Work Programme 2012-2014: 2 of its activities carried forward (A1, C3 continues B6).",
				originsShownFor(next));
		String went = originsShownFor(earlier);
		assertTrue(went.equals("2 activities carried forward to the CMS-CITES Joint Work Programme 2015-2020."), went);
		assertFalse(went.contains("Continues"));
	}
}
