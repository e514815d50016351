package org.mea.jwp.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.IViewDescriptor;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.ui.wizards.IWizardRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.testing.Dialogs;
import org.mea.jwp.testing.ScreenReader;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.editor.ProgrammeEditor;
import org.mea.jwp.ui.internal.editor.ProgrammeEditors;

/**
 * The workbench as a screen reader finds it, read through AT-SPI from another process
 * ({@link ScreenReader}): every control a user can reach (buttons, fields, lists, trees, tables, tabs,
 * the Timeline) has a name it can say, in every view of the perspective and those of the Window
 * menu, on the programme editor's pages and forms, in every wizard page, and in the dialogs of the
 * Programme and Team menus and the preferences.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ScreenReaderNamesTest {

	/** Each unnamed control, with where it was found (first place only: a view stays open behind others). */
	private final Map<String, String> unnamed = new LinkedHashMap<>();
	private final Set<String> places = new LinkedHashSet<>();
	private int checked;
	private IWorkbench workbench;
	private Display display;
	private IWorkbenchPage page;
	private ProgrammeSession session;

	@Test
	void everyControlInViewsEditorWizardsAndDialogsHasAName() throws Exception {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		session = RunningWorkbench.session();
		page = workbench.getActiveWorkbenchWindow().getActivePage();

		views();
		editor();
		wizards();
		dialogs();

		System.out.println("ScreenReaderNamesTest: read " + checked + " controls in " + places.size() + " places"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		StringBuilder report = new StringBuilder();
		unnamed.forEach((control, where) -> report.append("\n  ").append(control).append("   (").append(where) //$NON-NLS-1$ //$NON-NLS-2$
				.append(')'));
		assertTrue(unnamed.isEmpty(), unnamed.size() + " of " + checked //$NON-NLS-1$
				+ " controls read have no name a screen reader can say:" + report); //$NON-NLS-1$
		assertTrue(places.size() >= 25 && checked > 400,
				"so much was read: " + checked + " controls in " + places.size() + " places " + places); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void read(String where, String windowTitle) {
		UiWait.flush(display);
		ScreenReader.Reading reading = ScreenReader.read(display, windowTitle);
		places.add(where);
		checked += reading.checked();
		for (String control : reading.unnamed()) {
			unnamed.putIfAbsent(control, where);
		}
	}

	private String windowTitle() {
		return null; // every window of the workbench: its title changes with the programme and the part
	}

	/** Every view of JWP Workbench, and the platform's Properties and Outline, each brought to the front. */
	private void views() throws Exception {
		List<String> ids = new ArrayList<>(List.of(IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE));
		for (IViewDescriptor view : workbench.getViewRegistry().getViews()) {
			if (view.getId().startsWith("org.mea.jwp.")) { //$NON-NLS-1$
				ids.add(view.getId());
			}
		}
		page.activate(ProgrammeEditors.find(page, session));
		for (String id : ids) {
			page.showView(id);
			read("view " + id, windowTitle()); //$NON-NLS-1$
		}
	}

	/** The editor's Overview, and its Elements page with an activity, a theme and a reporting cycle. */
	private void editor() {
		ProgrammeEditor editor = ProgrammeEditors.find(page, session);
		page.activate(editor);
		editor.setActivePage("org.mea.jwp.ui.editor.overview"); //$NON-NLS-1$
		read("editor, Overview", windowTitle()); //$NON-NLS-1$
		editor.showElement(session.getProgramme().findActivity("B6")); //$NON-NLS-1$
		read("editor, an activity", windowTitle()); //$NON-NLS-1$
		editor.showElement(session.getProgramme().getThemes().get(0));
		read("editor, a theme", windowTitle()); //$NON-NLS-1$
		editor.showElement(session.getProgramme().getCycles().get(0));
		read("editor, a reporting cycle", windowTitle()); //$NON-NLS-1$
	}

	/** Every wizard of JWP Workbench in File > New, Import and Export, each page shown in turn. */
	private void wizards() {
		for (IWizardRegistry registry : List.of(workbench.getNewWizardRegistry(), workbench.getImportWizardRegistry(),
				workbench.getExportWizardRegistry())) {
			for (IWizardCategory category : registry.getRootCategory().getCategories()) {
				for (IWizardDescriptor descriptor : category.getWizards()) {
					if (descriptor.getId().startsWith("org.mea.jwp.")) { //$NON-NLS-1$
						wizard(descriptor);
					}
				}
			}
		}
	}

	private void wizard(IWizardDescriptor descriptor) {
		IWorkbenchWizard wizard;
		try {
			wizard = descriptor.createWizard();
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new AssertionError(descriptor.getId(), e);
		}
		wizard.init(workbench, new StructuredSelection(session.getProgramme()));
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizardPages("wizard " + descriptor.getId(), dialog); //$NON-NLS-1$
		} finally {
			dialog.close();
		}
	}

	private void wizardPages(String where, WizardDialog dialog) {
		for (IWizardPage wizardPage : dialog.getCurrentPage().getWizard().getPages()) {
			dialog.showPage(wizardPage);
			read(where + " / " + wizardPage.getName(), dialog.getShell().getText()); //$NON-NLS-1$
		}
	}

	/** The dialogs that commands open: Programme's wizards, Team > Share, the preferences (JWP's pages). */
	private void dialogs() throws Exception {
		for (String command : List.of("org.mea.jwp.reports.ui.generate", "org.mea.jwp.ui.commands.continueProgramme", //$NON-NLS-1$ //$NON-NLS-2$
				"org.mea.jwp.ui.commands.share")) { //$NON-NLS-1$
			Dialogs.whileOpen(display, () -> execute(command), shell -> {
				if (shell.getData() instanceof WizardDialog dialog) {
					wizardPages("dialog of " + command, dialog); //$NON-NLS-1$
				} else {
					read("dialog of " + command, shell.getText()); //$NON-NLS-1$
				}
			});
		}
		Dialogs.whileOpen(display, () -> execute("org.eclipse.ui.window.preferences"), shell -> { //$NON-NLS-1$
			PreferenceDialog dialog = (PreferenceDialog) shell.getData();
			for (IPreferenceNode node : dialog.getPreferenceManager().getElements(PreferenceManager.PRE_ORDER)) {
				if (node.getId().startsWith("org.mea.jwp.")) { //$NON-NLS-1$
					dialog.getTreeViewer().setSelection(new StructuredSelection(node), true);
					read("preference page " + node.getId(), shell.getText()); //$NON-NLS-1$
				}
			}
		});
	}

	private void execute(String command) throws Exception {
		workbench.getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(command, null);
	}
}
