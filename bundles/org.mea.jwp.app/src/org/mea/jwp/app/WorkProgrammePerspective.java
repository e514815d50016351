package org.mea.jwp.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Work Programme perspective, the default one: the programme on the left, editors in the
 * middle, the outline on the right, properties below.
 * <p>
 * The folders also carry placeholders for the other views of {@code org.mea.jwp.ui} (Problems,
 * Timeline, ...), so that they open where users expect them.
 */
public class WorkProgrammePerspective implements IPerspectiveFactory {

	/** Perspective id. */
	public static final String ID = "org.mea.jwp.app.perspective"; //$NON-NLS-1$

	/** The Programme Explorer (org.mea.jwp.ui). */
	public static final String EXPLORER = "org.mea.jwp.ui.views.explorer"; //$NON-NLS-1$
	/** The JWP Problems view (org.mea.jwp.ui): validation findings. */
	public static final String PROBLEMS = "org.mea.jwp.ui.views.problems"; //$NON-NLS-1$
	/** The Species Concordance view (org.mea.jwp.ui). */
	public static final String CONCORDANCE = "org.mea.jwp.ui.views.concordance"; //$NON-NLS-1$
	/** The Meetings view (org.mea.jwp.ui): the calendar with activities and reports due. */
	public static final String MEETINGS = "org.mea.jwp.ui.views.meetings"; //$NON-NLS-1$
	/** The Timeline view (org.mea.jwp.ui): activities against the years, meetings, deadlines. */
	public static final String TIMELINE = "org.mea.jwp.ui.views.timeline"; //$NON-NLS-1$
	/** The Compare Baselines view (org.mea.jwp.ui): changes between reporting cycles. */
	public static final String COMPARE = "org.mea.jwp.ui.views.compare"; //$NON-NLS-1$
	/** The Deadlines view (org.mea.jwp.ui): reports due to the committees. */
	public static final String DEADLINES = "org.mea.jwp.ui.views.deadlines"; //$NON-NLS-1$
	/** The History view (org.mea.jwp.ui): who changed what, from the programme file's Git commits. */
	public static final String HISTORY = "org.mea.jwp.ui.views.history"; //$NON-NLS-1$
	/** The Translations view (org.mea.jwp.ui): texts with no up-to-date French or Spanish version. */
	public static final String TRANSLATIONS = "org.mea.jwp.ui.views.translations"; //$NON-NLS-1$
	/** Folder for navigation views (Programme Explorer). */
	public static final String FOLDER_LEFT = "org.mea.jwp.app.folder.left"; //$NON-NLS-1$
	/** Folder for the outline. */
	public static final String FOLDER_RIGHT = "org.mea.jwp.app.folder.right"; //$NON-NLS-1$
	/** Folder for properties, problems and other detail views. */
	public static final String FOLDER_BOTTOM = "org.mea.jwp.app.folder.bottom"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder(FOLDER_LEFT, IPageLayout.LEFT, 0.30f, editorArea);
		left.addView(EXPLORER);
		left.addPlaceholder("org.mea.jwp.ui.*"); //$NON-NLS-1$

		IFolderLayout right = layout.createFolder(FOLDER_RIGHT, IPageLayout.RIGHT, 0.76f, editorArea);
		right.addView(IPageLayout.ID_OUTLINE);
		right.addView(MEETINGS);

		IFolderLayout bottom = layout.createFolder(FOLDER_BOTTOM, IPageLayout.BOTTOM, 0.70f, editorArea);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(TIMELINE);
		bottom.addView(PROBLEMS);
		bottom.addView(CONCORDANCE);
		bottom.addView(COMPARE);
		bottom.addView(DEADLINES);
		// wide rows: below the editor, not with the explorer, whose selection it follows
		bottom.addPlaceholder(HISTORY);
		bottom.addPlaceholder(TRANSLATIONS);

		layout.addShowViewShortcut(EXPLORER);
		layout.addShowViewShortcut(PROBLEMS);
		layout.addShowViewShortcut(CONCORDANCE);
		layout.addShowViewShortcut(MEETINGS);
		layout.addShowViewShortcut(TIMELINE);
		layout.addShowViewShortcut(COMPARE);
		layout.addShowViewShortcut(DEADLINES);
		layout.addShowViewShortcut(HISTORY);
		layout.addShowViewShortcut(TRANSLATIONS);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addPerspectiveShortcut(ID);
	}
}
