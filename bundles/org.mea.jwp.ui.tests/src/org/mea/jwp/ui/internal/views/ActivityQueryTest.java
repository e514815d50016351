package org.mea.jwp.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;

/** The explorer's filter language on the embedded programme, and the filter field in the view. */
@ExtendWith(ScreenshotOnFailure.class)
class ActivityQueryTest {

	private static final LocalDate END = LocalDate.of(2014, 12, 31);
	private static Programme programme;

	@BeforeAll
	static void load() throws Exception {
		programme = ProgrammeStore.programme(DefaultProgramme.load());
	}

	private static List<String> codes(String query) {
		ActivityQuery parsed = ActivityQuery.parse(query);
		return programme.activities().stream().filter(a -> parsed.matches(a, END)).map(Activity::getCode).toList();
	}

	@Test
	void fieldsAndWords() {
		assertEquals(List.of("B6", "B7", "B11", "B12"), codes("lead:cites"));
		assertEquals(List.of("B17"), codes("lead:CMS"));
		assertEquals(List.of("B10", "B11", "B12"), codes("species:saiga"));
		assertEquals(List.of("B10", "B11", "B12"), codes("species:\"Saiga"), "quotes are not needed but do no harm");
		assertEquals(List.of("C1", "C2", "C3"), codes("theme:c"));
		assertEquals(codes("status:on-going"), codes("status:ongoing"));
		assertEquals(List.of("B10", "B11", "B12"), codes("saiga"), "words search text, sub-items and species");
		assertEquals(List.of("B16", "B17"), codes("interpol"), "and partners");
		assertEquals(List.of("B8"), codes("FAO shark"), "all words must match");
		assertEquals(31, codes("").size());
	}

	@Test
	void overdueFollowsTheReportingDate() {
		List<String> overdue = codes("is:overdue");
		assertTrue(overdue.containsAll(List.of("A1", "A5", "B19")), overdue.toString());
		assertTrue(overdue.stream().noneMatch(c -> List.of("B2", "C1", "B5").contains(c)),
				"on-going, recurring and conditional are never overdue");
		ActivityQuery parsed = ActivityQuery.parse("is:overdue");
		assertTrue(programme.activities().stream().noneMatch(a -> parsed.matches(a, LocalDate.of(2012, 6, 30))));
	}

	/** Types {@code text} character by character, replacing the selection, as the keyboard does. */
	private static void type(Text field, String text) {
		field.insert("");
		for (char c : text.toCharArray()) {
			field.insert(String.valueOf(c)); // each character is a Modify event, which restarts the delay
		}
	}

	@Test
	void theFilterFieldNarrowsTheTree() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		var display = workbench.getDisplay();
		Duration timeout = Duration.ofSeconds(30);
		UiWait.until(display, timeout, "the window", () -> workbench.getActiveWorkbenchWindow() != null);
		ProgrammeExplorerView view = (ProgrammeExplorerView) workbench.getActiveWorkbenchWindow().getActivePage()
				.showView(ProgrammeExplorerView.ID);
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, timeout, "the programme", () -> context.get(ProgrammeSession.class) != null
				&& view.getViewer().getTree().getItemCount() > 0);
		Tree tree = view.getViewer().getTree();
		int everything = tree.getItem(0).getItemCount();
		try {
			type(view.getFilterText(), "species:saiga");
			assertEquals(everything, tree.getItem(0).getItemCount(), "the tree waits for the typing to pause");
			UiWait.until(display, timeout, "the filter applied after the pause",
					() -> tree.getItem(0).getItemCount() == 1);
			TreeItem root = tree.getItem(0);
			assertEquals(1, root.getItemCount(), "only theme B");
			TreeItem saiga = root.getItem(0).getItem(0);
			assertEquals("Saiga antelope", saiga.getText());
			assertEquals(3, saiga.getItemCount());

			view.getFilterText().selectAll();
			type(view.getFilterText(), "interpol");
			UiWait.until(display, timeout, "Organizations found by a word",
					() -> java.util.Arrays.stream(tree.getItem(0).getItems())
							.map(TreeItem::getText).anyMatch("Organizations (25)"::equals));
		} finally {
			view.getFilterText().selectAll();
			type(view.getFilterText(), "");
			UiWait.until(display, timeout, "the whole tree back", () -> tree.getItem(0).getItemCount() == everything);
		}
		assertTrue(view.getViewer().getTree().getItem(0).getItemCount() > 10, "clearing the filter shows everything");
	}
}
