package org.mea.jwp.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu and tool bar. The standard workbench actions are used (not look-alikes) so that
 * editors contributed later get Undo/Redo, Save, Cut/Copy/Paste and Delete through the usual
 * global action handlers and key bindings. Group markers let other bundles add menu items.
 */
public class JwpActionBarAdvisor extends ActionBarAdvisor {

	private static final ActionFactory[] FILE = { ActionFactory.NEW_WIZARD_DROP_DOWN, ActionFactory.CLOSE,
			ActionFactory.CLOSE_ALL, ActionFactory.SAVE, ActionFactory.SAVE_AS, ActionFactory.SAVE_ALL,
			ActionFactory.REVERT, ActionFactory.PRINT, ActionFactory.IMPORT, ActionFactory.EXPORT,
			ActionFactory.PROPERTIES, ActionFactory.QUIT };
	private static final ActionFactory[] EDIT = { ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT,
			ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.DELETE, ActionFactory.SELECT_ALL,
			ActionFactory.FIND };
	private static final ActionFactory[] WINDOW = { ActionFactory.RESET_PERSPECTIVE, ActionFactory.PREFERENCES };
	private static final ActionFactory[] HELP = { ActionFactory.ABOUT };

	public JwpActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		for (ActionFactory[] group : new ActionFactory[][] { FILE, EDIT, WINDOW, HELP }) {
			for (ActionFactory factory : group) {
				// registering makes the action's key binding (Ctrl+S, Ctrl+Z...) work
				register(factory.create(window));
			}
		}
	}

	private IWorkbenchAction action(ActionFactory factory) {
		return (IWorkbenchAction) getAction(factory.getId());
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

		MenuManager file = new MenuManager(Messages.menu_file, IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(action(ActionFactory.NEW_WIZARD_DROP_DOWN));
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator());
		file.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
		file.add(new Separator());
		file.add(action(ActionFactory.CLOSE));
		file.add(action(ActionFactory.CLOSE_ALL));
		file.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		file.add(new Separator());
		file.add(action(ActionFactory.SAVE));
		file.add(action(ActionFactory.SAVE_AS));
		file.add(action(ActionFactory.SAVE_ALL));
		file.add(action(ActionFactory.REVERT));
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		file.add(new Separator());
		file.add(action(ActionFactory.PRINT));
		file.add(new GroupMarker(IWorkbenchActionConstants.PRINT_EXT));
		file.add(new Separator());
		file.add(action(ActionFactory.IMPORT));
		file.add(action(ActionFactory.EXPORT));
		file.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(action(ActionFactory.PROPERTIES));
		file.add(new Separator());
		file.add(action(ActionFactory.QUIT));
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager edit = new MenuManager(Messages.menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(action(ActionFactory.UNDO));
		edit.add(action(ActionFactory.REDO));
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		edit.add(action(ActionFactory.CUT));
		edit.add(action(ActionFactory.COPY));
		edit.add(action(ActionFactory.PASTE));
		edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		edit.add(new Separator());
		edit.add(action(ActionFactory.DELETE));
		edit.add(action(ActionFactory.SELECT_ALL));
		edit.add(new Separator());
		edit.add(action(ActionFactory.FIND));
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

		MenuManager showView = new MenuManager(Messages.menu_window_showView, "showView"); //$NON-NLS-1$
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		MenuManager windowMenu = new MenuManager(Messages.menu_window, IWorkbenchActionConstants.M_WINDOW);
		windowMenu.add(showView);
		windowMenu.add(action(ActionFactory.RESET_PERSPECTIVE));
		windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		windowMenu.add(new Separator());
		windowMenu.add(action(ActionFactory.PREFERENCES));

		MenuManager help = new MenuManager(Messages.menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		help.add(new Separator());
		help.add(action(ActionFactory.ABOUT));

		menuBar.add(file);
		menuBar.add(edit);
		// plug-ins add top-level menus (Programme, Reports...) here
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		toolBar.add(action(ActionFactory.NEW_WIZARD_DROP_DOWN));
		toolBar.add(action(ActionFactory.SAVE));
		toolBar.add(new Separator());
		toolBar.add(action(ActionFactory.UNDO));
		toolBar.add(action(ActionFactory.REDO));
		toolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(toolBar, IWorkbenchActionConstants.TOOLBAR_FILE));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
