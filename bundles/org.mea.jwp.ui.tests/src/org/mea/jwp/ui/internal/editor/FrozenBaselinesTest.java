package org.mea.jwp.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.model.Baseline;
import org.mea.jwp.model.BaselineEntry;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.bridge.ItemPropertySourceProvider;
import org.mea.jwp.ui.internal.views.ProgrammeExplorerView;

/**
 * A recorded baseline cannot be edited through the workbench: its properties (and its entries')
 * have no cell editors, Delete is disabled for it, its entries and its cycle, and the editor's form
 * shows its fields read-only.
 */
@ExtendWith(ScreenshotOnFailure.class)
class FrozenBaselinesTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private IWorkbench workbench;
	private Display display;
	private IWorkbenchPage page;
	private ProgrammeSession session;
	private Programme programme;
	private Baseline baseline;
	private Shell shell;

	@BeforeEach
	void sc62() {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the programme editor", () -> workbench.getActiveWorkbenchWindow() != null
				&& context.get(ProgrammeSession.class) != null
				&& ProgrammeEditors.find(workbench.getActiveWorkbenchWindow().getActivePage(),
						context.get(ProgrammeSession.class)) != null);
		page = workbench.getActiveWorkbenchWindow().getActivePage();
		session = context.get(ProgrammeSession.class);
		programme = session.getProgramme();
		baseline = Cycles.find(programme, "cycle-sc62").orElseThrow().getBaseline();
		assertNotNull(baseline, "the embedded programme ships the baseline at adoption");
		shell = new Shell(display);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void propertiesOfABaselineAndItsEntriesHaveNoEditors() {
		ItemPropertySourceProvider provider = new ItemPropertySourceProvider(session.getAdapterFactory());
		for (Object element : List.of(baseline, baseline.getEntries().get(0))) {
			IPropertySource source = provider.getPropertySource(element);
			IPropertyDescriptor[] descriptors = source.getPropertyDescriptors();
			assertTrue(descriptors.length >= 3, element.toString());
			for (IPropertyDescriptor descriptor : descriptors) {
				assertNull(descriptor.createPropertyEditor(shell), descriptor.getDisplayName() + " is read-only");
			}
		}
		// the cycle's narrative is not part of the baseline: it stays editable
		IPropertySource cycle = provider.getPropertySource(baseline.eContainer());
		assertTrue(
				List.of(cycle.getPropertyDescriptors()).stream().anyMatch(d -> d.createPropertyEditor(shell) != null));
	}

	@Test
	void deleteIsDisabledForABaselineItsEntriesAndItsCycle() throws Exception {
		ProgrammeExplorerView explorer = (ProgrammeExplorerView) page.showView(ProgrammeExplorerView.ID);
		page.activate(explorer);
		IAction delete = explorer.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.DELETE.getId());
		ReportingCycle sc62 = (ReportingCycle) baseline.eContainer();
		for (Object element : List.of(baseline, baseline.getEntries().get(3), sc62)) {
			explorer.getViewer().setSelection(new StructuredSelection(element), true);
			UiWait.flush(display);
			assertFalse(delete.isEnabled(), "Edit > Delete for " + element);
		}
		explorer.getViewer().setSelection(new StructuredSelection(Cycles.find(programme, "cycle-stc40").orElseThrow()),
				true);
		UiWait.flush(display);
		assertTrue(delete.isEnabled(), "a cycle without baseline can be deleted");
		explorer.getViewer().setSelection(StructuredSelection.EMPTY);
	}

	@Test
	void theEditorShowsABaselineEntryReadOnly() {
		ProgrammeEditor editor = ProgrammeEditors.find(page, session);
		BaselineEntry entry = baseline.getEntries().get(0);
		editor.showElement(entry);
		UiWait.until(display, TIMEOUT, "the entry's form", () -> field(editor, "code") != null);
		Text code = (Text) field(editor, "code");
		assertEquals(entry.getCode(), code.getText());
		assertFalse(code.getEditable(), "the code of a recorded entry");
		assertFalse(((Text) field(editor, "progressNarrative")).getEditable());
		Control status = field(editor, "status");
		assertNotNull(status);
		assertFalse(status.getEnabled(), "the status combo of a recorded entry");
		editor.showElement(programme.findActivity("A1"));
		UiWait.until(display, TIMEOUT, "the activity's form", () -> field(editor, "text") instanceof Text);
		assertTrue(((Text) field(editor, "text")).getEditable(), "activities stay editable");
	}

	private static Control field(ProgrammeEditor editor, String feature) {
		if (editor.getElements().getBlock().getCurrentPage() == null) {
			return null;
		}
		for (Control control : all(editor.getElements().getBlock().getViewer().getControl().getShell())) {
			if (feature.equals(control.getData(ElementForm.FieldKeys.FEATURE)) && control.isVisible()) {
				return control;
			}
		}
		return null;
	}

	private static List<Control> all(Composite composite) {
		List<Control> result = new ArrayList<>();
		for (Control child : composite.getChildren()) {
			result.add(child);
			if (child instanceof Composite nested) {
				result.addAll(all(nested));
			}
		}
		return result;
	}
}
