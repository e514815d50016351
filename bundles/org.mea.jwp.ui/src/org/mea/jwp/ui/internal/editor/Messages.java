package org.mea.jwp.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

/** Translatable texts of the programme editor ({@code messages.properties}, {@code _fr}, {@code _es}). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.mea.jwp.ui.internal.editor.messages"; //$NON-NLS-1$

	public static String TranslationFields_title;
	public static String TranslationFields_description;
	public static String TranslationFields_original;
	public static String TranslationFields_outdated;
	public static String TranslationFields_outdatedTip;
	public static String TranslationFields_stillRight;
	public static String TranslationFields_stillRightTip;
	public static String TranslationFields_fieldLabel;

	public static String ElementDetailsPage_frozen;
	public static String ElementDetailsPage_editable;

	public static String ElementForm_fieldLabel;
	public static String ElementForm_invalidValue;
	public static String ElementForm_invalidDate;

	public static String ElementsBlock_title;
	public static String ElementsBlock_description;
	public static String ElementsBlock_filterHint;

	public static String ElementsPage_tab;
	public static String ElementsPage_title;

	public static String OverviewPage_tab;
	public static String OverviewPage_general;
	public static String OverviewPage_generalDescription;
	public static String OverviewPage_background;
	public static String OverviewPage_backgroundDescription;
	public static String OverviewPage_glance;
	public static String OverviewPage_glanceDescription;
	public static String OverviewPage_columnTheme;
	public static String OverviewPage_columnAll;
	public static String OverviewPage_columnOverdue;
	public static String OverviewPage_total;
	public static String OverviewPage_summary;
	public static String OverviewPage_continues;
	public static String OverviewPage_continuesCode;
	public static String OverviewPage_carriedForward;

	public static String ProgrammeEditor_revert;
	public static String ProgrammeEditor_notAProgramme;
	public static String ProgrammeEditor_revertTitle;
	public static String ProgrammeEditor_revertQuestion;
	public static String ProgrammeEditor_revertFailed;
	public static String ProgrammeEditor_fileDeletedTitle;
	public static String ProgrammeEditor_fileDeleted;
	public static String ProgrammeEditor_fileChangedTitle;
	public static String ProgrammeEditor_fileChanged;
	public static String ProgrammeEditor_fileChangedDirty;

	public static String ProgrammeEditorInput_embedded;

	public static String ReferenceField_choose;
	public static String ReferenceField_clear;
	public static String ReferenceField_add;
	public static String ReferenceField_remove;
	public static String ReferenceField_addToTitle;
	public static String ReferenceField_valueLabel;
	public static String ReferenceField_addTitle;
	public static String ReferenceField_chooseTitle;
	public static String ReferenceField_filterSeveral;
	public static String ReferenceField_filterOne;

	public static String TimeframeField_hint;
	public static String TimeframeField_understood;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
