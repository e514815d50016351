package org.mea.jwp.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.bridge.ItemPropertySourceProvider;
import org.mea.jwp.ui.bridge.ItemProviderContentProvider;
import org.mea.jwp.ui.bridge.ItemProviderLabelProvider;

/** The bridge from item providers to JFace: tree content, labels, and undoable property edits. */
@ExtendWith(ScreenshotOnFailure.class)
class ItemProviderBridgeTest {

	private ProgrammeSession session;
	private Programme programme;
	private Shell shell;

	@BeforeEach
	void open() throws Exception {
		session = new ProgrammeSession(DefaultProgramme.load());
		programme = session.getProgramme();
		shell = new Shell(Display.getDefault());
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.dispose();
	}

	@Test
	void treeContentFollowsTheModel() {
		ItemProviderContentProvider content = new ItemProviderContentProvider(session.getAdapterFactory());
		assertEquals(List.of(programme), Arrays.asList(content.getElements(session.getResource())));
		List<Object> children = Arrays.asList(content.getChildren(programme));
		assertEquals(4, children.stream().filter(Theme.class::isInstance).count(), children.toString());
		Activity b6 = programme.findActivity("B6");
		assertSame(b6.eContainer(), content.getParent(b6));
		assertTrue(content.hasChildren(programme.getThemes().get(1)));
		content.dispose();
	}

	@Test
	void registriesAreFoldersWhoseChildrenKnowTheirFolder() {
		ItemProviderContentProvider content = new ItemProviderContentProvider(session.getAdapterFactory());
		ItemProviderLabelProvider labels = new ItemProviderLabelProvider(session.getAdapterFactory());
		Object species = Arrays.stream(content.getChildren(programme))
				.filter(c -> labels.getText(c).startsWith("Species"))
				.findFirst().orElseThrow();
		assertEquals("Species (14)", labels.getText(species));
		Object[] taxa = content.getChildren(species);
		assertEquals(14, taxa.length);
		assertSame(species, content.getParent(taxa[0]), "a taxon's tree parent is its folder");
		assertSame(programme, content.getParent(species));

		// a new child of the folder is a command on the programme's registry
		java.util.Collection<?> newChildren = session.getEditingDomain().getNewChildDescriptors(species, null);
		assertEquals(1, newChildren.size());
		org.eclipse.emf.common.command.Command create = org.eclipse.emf.edit.command.CreateChildCommand
				.create(session.getEditingDomain(), species, newChildren.iterator().next(), List.of(species));
		assertTrue(create.canExecute());
		session.getCommandStack().execute(create);
		assertEquals(15, programme.getTaxa().size());
		assertEquals("Species (15)", labels.getText(species));
		session.getCommandStack().undo();
		assertEquals(14, programme.getTaxa().size());
		labels.dispose();
		content.dispose();
	}

	@Test
	void timeframesAreNotTreeChildren() {
		ItemProviderContentProvider content = new ItemProviderContentProvider(session.getAdapterFactory());
		Activity b1 = programme.findActivity("B1");
		assertTrue(Arrays.stream(content.getChildren(b1)).noneMatch(org.mea.jwp.model.Timeframe.class::isInstance));
		assertEquals(6, content.getChildren(b1).length, "the four sub-items and two deliverables of B1");
		content.dispose();
	}

	@Test
	void labelsAndIconsComeFromTheItemProviders() {
		ItemProviderLabelProvider labels = new ItemProviderLabelProvider(session.getAdapterFactory());
		assertEquals("B6  CITES will participate in finalizing the Conservation Management Plan that will\u2026",
				labels.getText(programme.findActivity("B6")));
		assertNotNull(labels.getImage(programme.findActivity("B6")));
		labels.dispose();
	}

	@Test
	void propertyEditsAreUndoableCommands() {
		Activity b6 = programme.findActivity("B6");
		IPropertySource source = new ItemPropertySourceProvider(session.getAdapterFactory()).getPropertySource(b6);
		List<String> names = Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName)
				.toList();
		assertTrue(names.containsAll(List.of("Code", "Text", "Lead", "Status", "Partners")), names.toString());

		source.setPropertyValue("code", "B6a");
		assertEquals("B6a", b6.getCode());
		assertTrue(session.getCommandStack().canUndo(), "the edit must be on the command stack");
		session.getCommandStack().undo();
		assertEquals("B6", b6.getCode());
	}

	@Test
	void cellEditorsFitTheFeature() {
		Activity b6 = programme.findActivity("B6");
		IPropertySource source = new ItemPropertySourceProvider(session.getAdapterFactory()).getPropertySource(b6);
		CellEditor lead = descriptor(source, "Lead").createPropertyEditor(shell);
		assertNotNull(lead, "an enumeration gets a list of choices");
		lead.setValue(LeadSecretariat.CMS);
		assertEquals(LeadSecretariat.CMS, lead.getValue());
		assertNull(descriptor(source, "Partners").createPropertyEditor(shell), "lists are edited in the editor");
		assertNull(descriptor(source, "Id").createPropertyEditor(shell), "ids are managed, not typed");

		IPropertySource timeframe = new ItemPropertySourceProvider(session.getAdapterFactory())
				.getPropertySource(b6.getTimeframe());
		CellEditor due = descriptor(timeframe, "Due Date").createPropertyEditor(shell);
		assertNotNull(due);
		assertNull(due.getValidator().isValid("2014-12-31"));
		String error = due.getValidator().isValid("31/12/2014");
		assertTrue(error != null && error.contains("2014-12-31"), error);
	}

	@Test
	void treeRefreshesWhenTheModelChanges() {
		TreeViewer viewer = new TreeViewer(shell);
		viewer.setContentProvider(new ItemProviderContentProvider(session.getAdapterFactory()));
		viewer.setLabelProvider(new ItemProviderLabelProvider(session.getAdapterFactory()));
		viewer.setInput(session.getResource());
		viewer.expandAll();
		Activity b6 = programme.findActivity("B6");
		session.getCommandStack().execute(SetCommand.create(session.getEditingDomain(), b6,
				JwpPackage.Literals.ACTIVITY__CODE, "B6-renamed"));
		UiWait.flush(shell.getDisplay());
		assertNotNull(viewer.testFindItem(b6));
		assertTrue(
				((org.eclipse.swt.widgets.TreeItem) viewer.testFindItem(b6)).getText().startsWith("B6-renamed  CITES"));
	}

	private static IPropertyDescriptor descriptor(IPropertySource source, String name) {
		return Arrays.stream(source.getPropertyDescriptors()).filter(d -> name.equals(d.getDisplayName())).findFirst()
				.orElseThrow(() -> new AssertionError("no property " + name));
	}

}
