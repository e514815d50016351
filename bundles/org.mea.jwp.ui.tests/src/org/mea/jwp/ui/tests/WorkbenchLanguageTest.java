package org.mea.jwp.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.AbstractHyperlink;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.IViewDescriptor;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.ui.wizards.IWizardRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.Screenshots;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.editor.ProgrammeEditor;
import org.mea.jwp.ui.internal.editor.ProgrammeEditors;

/**
 * The workbench started with {@code -nl fr} or {@code -nl es} (the build runs this class in two
 * executions of its own) has no English left in what a user reads: the menus, every contributed
 * view with its toolbar and menu, the programme editor's pages, every wizard of the File menu's New,
 * Import and Export and those of the Programme menu, every preference page, and the dialogs of Show
 * View and About. The texts of the programme itself (activity texts, names) are data and not
 * checked. What counts as English: {@link EnglishWords}.
 */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchLanguageTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final Map<String, Set<String>> english = new LinkedHashMap<>();
	private IWorkbench workbench;
	private Display display;
	private IWorkbenchPage page;
	private ProgrammeSession session;
	private EnglishWords words;
	private int checked;
	/** Pages of the IDE the test harness adds: not in JWP Workbench, not read. */
	private final Set<Control> skipped = new HashSet<>();

	@Test
	void menusViewsEditorWizardsAndPreferencePagesHaveNoEnglishLabel() throws Exception {
		String language = Platform.getNL().substring(0, 2);
		if (language.equals("en")) { //$NON-NLS-1$
			return; // the build runs it with -nl fr and -nl es; in English there is nothing to find
		}
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		session = RunningWorkbench.session();
		page = workbench.getActiveWorkbenchWindow().getActivePage();
		words = EnglishWords.against(language).ignoringTextsOf(session.getResource());
		assertTrue(words.size() > 500, "the English catalogues were found: " + words.size() + " words"); //$NON-NLS-1$

		// a change made first, so that Edit > Undo names a command (EMF.Edit's words, in the language)
		session.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(session.getEditingDomain(),
				session.getProgramme().findActivity("B6"), org.mea.jwp.model.JwpPackage.Literals.ACTIVITY__STATUS, //$NON-NLS-1$
				org.mea.jwp.model.ActivityStatus.IN_PROGRESS));
		try {
			page.activate(ProgrammeEditors.find(page, session));
			UiWait.flush(display);
			menus();
			views();
			editor();
			wizards();
			commandDialogs();
			preferencePages();
		} finally {
			session.getCommandStack().undo();
		}
		Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell(), "workbench-" + language); //$NON-NLS-1$

		StringBuilder report = new StringBuilder();
		english.forEach((text, found) -> report.append('\n').append(text).append(" ").append(found)); //$NON-NLS-1$
		assertTrue(english.isEmpty(),
				english.size() + " of " + checked + " labels have English words in them (" + language //$NON-NLS-1$ //$NON-NLS-2$
						+ "):" + report); //$NON-NLS-1$
		assertTrue(checked > 1000, "so many labels were read: " + checked); //$NON-NLS-1$
	}

	private void check(String where, String label) {
		if (label == null || label.isBlank()) {
			return;
		}
		checked++;
		String plain = label.replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
		int tab = plain.indexOf('\t');
		Set<String> found = words.in(tab < 0 ? plain : plain.substring(0, tab)); // no key names (Ctrl+S)
		if (!found.isEmpty()) {
			// one line per text, however many places show it; the first place names it
			english.computeIfAbsent("\u00ab" + plain.replace('\n', ' ') + "\u00bb", //$NON-NLS-1$//$NON-NLS-2$
					k -> new HashSet<>(Set.of("in " + where))).addAll(found); //$NON-NLS-1$
		}
	}

	/** The menu bar, every menu opened as a user opens it (menus fill their items when shown). */
	private void menus() {
		Menu bar = workbench.getActiveWorkbenchWindow().getShell().getMenuBar();
		menu("menu", bar); //$NON-NLS-1$
	}

	private void menu(String where, Menu menu) {
		if (menu != menu.getShell().getMenuBar()) {
			menu.notifyListeners(SWT.Show, new Event());
		}
		for (MenuItem item : menu.getItems()) {
			check(where, item.getText());
			if (item.getMenu() != null) {
				menu(where + " > " + item.getText().replace("&", ""), item.getMenu()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		if (menu != menu.getShell().getMenuBar()) {
			menu.notifyListeners(SWT.Hide, new Event());
		}
	}

	/** Every view of JWP Workbench, and the platform's Properties and Outline, with their toolbars and menus. */
	private void views() throws Exception {
		List<String> ids = new ArrayList<>(List.of(IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE));
		for (IViewDescriptor view : workbench.getViewRegistry().getViews()) {
			if (view.getId().startsWith("org.mea.jwp.")) { //$NON-NLS-1$
				ids.add(view.getId());
			}
		}
		assertTrue(ids.size() >= 12, "the views: " + ids); //$NON-NLS-1$
		for (String id : ids) {
			IViewPart view = page.showView(id);
			UiWait.flush(display);
			String where = "view " + id; //$NON-NLS-1$
			check(where, view.getTitle());
			check(where, view.getTitleToolTip());
			check(where, workbench.getViewRegistry().find(id).getLabel());
			contributions(where, view.getViewSite().getActionBars().getToolBarManager().getItems());
			contributions(where, view.getViewSite().getActionBars().getMenuManager().getItems());
		}
		// what the views show (each was created when shown; those in one folder stay built behind its tab)
		controls("window with every view", workbench.getActiveWorkbenchWindow().getShell()); //$NON-NLS-1$
	}

	private void contributions(String where, IContributionItem[] items) {
		for (IContributionItem item : items) {
			if (item instanceof ActionContributionItem action) {
				check(where, action.getAction().getText());
				check(where, action.getAction().getToolTipText());
			} else if (item instanceof IMenuManager submenu) {
				check(where, ((org.eclipse.jface.action.MenuManager) submenu).getMenuText());
				contributions(where, submenu.getItems());
			}
		}
	}

	/** The programme editor: its pages, and the form of an activity with its translations. */
	private void editor() {
		ProgrammeEditor editor = ProgrammeEditors.find(page, session);
		page.activate(editor);
		Shell window = workbench.getActiveWorkbenchWindow().getShell();
		editor.showElement(session.getProgramme().findActivity("B6")); //$NON-NLS-1$
		UiWait.flush(display);
		controls("editor, an activity", window); //$NON-NLS-1$
		editor.showElement(session.getProgramme().getThemes().get(0));
		UiWait.flush(display);
		controls("editor, a theme", window); //$NON-NLS-1$
		editor.showElement(session.getProgramme().getCycles().get(0));
		UiWait.flush(display);
		controls("editor, a reporting cycle", window); //$NON-NLS-1$
	}

	/** Every wizard of JWP Workbench in File > New, Import and Export, created with all its pages. */
	private void wizards() throws Exception {
		for (IWizardRegistry registry : List.of(workbench.getNewWizardRegistry(), workbench.getImportWizardRegistry(),
				workbench.getExportWizardRegistry())) {
			for (IWizardCategory category : registry.getRootCategory().getCategories()) {
				check("wizard category", category.getLabel()); //$NON-NLS-1$
				for (IWizardDescriptor descriptor : category.getWizards()) {
					if (!descriptor.getId().startsWith("org.mea.jwp.")) { //$NON-NLS-1$
						continue;
					}
					check("wizard " + descriptor.getId(), descriptor.getLabel()); //$NON-NLS-1$
					check("wizard " + descriptor.getId(), descriptor.getDescription()); //$NON-NLS-1$
					IWorkbenchWizard wizard = descriptor.createWizard();
					wizard.init(workbench, new StructuredSelection(session.getProgramme()));
					WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
					dialog.create();
					try {
						wizard("wizard " + descriptor.getId(), dialog); //$NON-NLS-1$
					} finally {
						dialog.close();
					}
				}
			}
		}
	}

	private void wizard(String where, WizardDialog dialog) {
		IWizardPage current = dialog.getCurrentPage();
		check(where, current.getWizard().getWindowTitle());
		for (IWizardPage wizardPage : current.getWizard().getPages()) {
			check(where, wizardPage.getTitle());
			check(where, wizardPage.getDescription());
			check(where, wizardPage.getMessage());
			check(where, wizardPage.getErrorMessage());
			if (wizardPage.getControl() != null) {
				controls(where + " / " + wizardPage.getName(), wizardPage.getControl()); //$NON-NLS-1$
			}
		}
		controls(where + " / buttons", dialog.getShell()); //$NON-NLS-1$
	}

	/** The dialogs the menus open through commands: Programme's wizards, Show View, About. */
	private void commandDialogs() throws Exception {
		for (String command : List.of("org.mea.jwp.reports.ui.generate", "org.mea.jwp.ui.commands.continueProgramme", //$NON-NLS-1$ //$NON-NLS-2$
				"org.eclipse.ui.views.showView", "org.eclipse.ui.help.aboutAction", "org.mea.jwp.ui.commands.share")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			inDialogOf(command, shell -> {
				if (shell.getData() instanceof WizardDialog dialog) {
					wizard("dialog of " + command, dialog); //$NON-NLS-1$
				} else {
					controls("dialog of " + command, shell); //$NON-NLS-1$
				}
			});
		}
	}

	/** Every page of Window > Preferences, each shown as when its node is clicked. */
	private void preferencePages() throws Exception {
		inDialogOf("org.eclipse.ui.window.preferences", shell -> { //$NON-NLS-1$
			PreferenceDialog dialog = (PreferenceDialog) shell.getData();
			for (IPreferenceNode node : dialog.getPreferenceManager().getElements(PreferenceManager.PRE_ORDER)) {
				if (node instanceof org.eclipse.ui.IPluginContribution contribution
						&& EnglishWords.isHarness(contribution.getPluginId())) {
					if (node.getPage() != null && node.getPage().getControl() != null) {
						skipped.add(node.getPage().getControl());
					}
					continue; // a page of the IDE that the test harness adds, not in JWP Workbench
				}
				dialog.getTreeViewer().setSelection(new StructuredSelection(node), true);
				UiWait.flush(display);
				String where = "preference page " + node.getId(); //$NON-NLS-1$
				check(where, node.getLabelText());
				if (node.getPage() instanceof IPreferencePage preferencePage && preferencePage.getControl() != null) {
					check(where, preferencePage.getTitle());
					check(where, preferencePage.getDescription());
					controls(where, preferencePage.getControl());
				}
			}
			for (IPreferenceNode node : dialog.getPreferenceManager().getElements(PreferenceManager.PRE_ORDER)) {
				if (node instanceof org.eclipse.ui.IPluginContribution contribution
						&& EnglishWords.isHarness(contribution.getPluginId())
						&& node.getPage() != null && node.getPage().getControl() != null) {
					skipped.add(node.getPage().getControl());
				}
			}
			controls("preferences dialog", shell); //$NON-NLS-1$
		});
	}

	/**
	 * Runs {@code command}, which opens a modal dialog and returns when it closes; inside the dialog's
	 * own event loop, {@code in} reads it, then the dialog is closed.
	 */
	private void inDialogOf(String command, java.util.function.Consumer<Shell> in) throws Exception {
		Set<Shell> before = new HashSet<>(Arrays.asList(display.getShells()));
		AtomicReference<Throwable> failure = new AtomicReference<>();
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		Runnable poll = new Runnable() {
			@Override
			public void run() {
				Shell opened = Arrays.stream(display.getShells()).filter(s -> !before.contains(s) && s.isVisible())
						.findFirst()
						.orElse(null);
				if (opened == null) {
					if (System.nanoTime() < deadline) {
						display.timerExec(50, this);
					} else {
						failure.set(new AssertionError(command + " opened no dialog")); //$NON-NLS-1$
					}
					return;
				}
				try {
					check("dialog title of " + command, opened.getText()); //$NON-NLS-1$
					in.accept(opened);
				} catch (Throwable e) {
					failure.set(e);
				} finally {
					opened.close();
				}
			}
		};
		display.timerExec(50, poll);
		workbench.getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(command, null);
		UiWait.flush(display);
		if (failure.get() instanceof Error error) {
			throw error;
		}
		if (failure.get() instanceof Exception exception) {
			throw exception;
		}
	}

	/** The texts a user reads in {@code control} and what it holds: labels, buttons, headers, tooltips, hints. */
	private void controls(String where, Control control) {
		if (skipped.contains(control)) {
			return;
		}
		check(where, control.getToolTipText());
		if (control instanceof Label label) {
			check(where, label.getText());
		} else if (control instanceof CLabel label) {
			check(where, label.getText());
		} else if (control instanceof Button button) {
			check(where, button.getText());
		} else if (control instanceof Link link) {
			check(where, link.getText().replaceAll("</?a[^>]*>", "")); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (control instanceof Text text) {
			check(where, text.getMessage());
		} else if (control instanceof Combo combo && (combo.getStyle() & SWT.READ_ONLY) != 0) {
			for (String item : combo.getItems()) {
				check(where + " (choice)", item); //$NON-NLS-1$
			}
		} else if (control instanceof Table table) {
			for (TableColumn column : table.getColumns()) {
				check(where + " (column)", column.getText()); //$NON-NLS-1$
				check(where + " (column)", column.getToolTipText()); //$NON-NLS-1$
			}
			for (int row = 0; row < Math.min(table.getItemCount(), 30); row++) {
				for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
					check(where + " (cell)", table.getItem(row).getText(column)); //$NON-NLS-1$
				}
			}
		} else if (control instanceof Tree tree) {
			for (TreeColumn column : tree.getColumns()) {
				check(where + " (column)", column.getText()); //$NON-NLS-1$
			}
			for (TreeItem item : tree.getItems()) {
				check(where + " (item)", item.getText()); //$NON-NLS-1$
				for (TreeItem child : item.getItems()) {
					check(where + " (item)", child.getText()); //$NON-NLS-1$
				}
			}
		} else if (control instanceof ToolBar toolBar) {
			for (ToolItem item : toolBar.getItems()) {
				check(where + " (tool)", item.getText()); //$NON-NLS-1$
				check(where + " (tool)", item.getToolTipText()); //$NON-NLS-1$
			}
		} else if (control instanceof CTabFolder folder) {
			for (CTabItem item : folder.getItems()) {
				check(where + " (tab)", item.getText()); //$NON-NLS-1$
				check(where + " (tab)", item.getToolTipText()); //$NON-NLS-1$
			}
		} else if (control instanceof Group group) {
			check(where, group.getText());
		} else if (control instanceof Section section) {
			check(where, section.getText());
			check(where, section.getDescription());
		} else if (control instanceof AbstractHyperlink link) {
			check(where, link.getText());
		} else if (control instanceof Form form) {
			check(where, form.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				controls(where, child);
			}
		}
	}
}
