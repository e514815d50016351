package org.mea.jwp.ui.internal.actions;

import org.eclipse.osgi.util.NLS;

/** Translatable texts of the programme's commands and edit actions ({@code messages.properties}, with French and Spanish beside it). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.ui.internal.actions.messages"; //$NON-NLS-1$

	public static String CommandStackAction_undo;
	public static String CommandStackAction_redo;
	public static String CommandStackAction_undoCommand;
	public static String CommandStackAction_redoCommand;
	public static String ContinueProgrammeHandler_noProgramme;
	public static String DeleteAction_label;
	public static String DeleteAction_title;
	public static String DeleteAction_confirmOne;
	public static String DeleteAction_confirmMany;
	public static String OpenProgrammeHandler_dialogTitle;
	public static String OpenProgrammeHandler_filterProgrammes;
	public static String OpenProgrammeHandler_filterAll;
	public static String OpenProgrammeHandler_cannotOpen;
	public static String OpenProgrammeHandler_unsavedTitle;
	public static String OpenProgrammeHandler_unsavedQuestion;
	public static String OpenProgrammeHandler_save;
	public static String OpenProgrammeHandler_discard;
	public static String RecordBaselineHandler_selectCycle;
	public static String RecordBaselineHandler_notInProgramme;
	public static String RecordBaselineHandler_title;
	public static String RecordBaselineHandler_exists;
	public static String RecordBaselineHandler_confirm;
	public static String RecordBaselineHandler_asAtDate;
	public static String RecordBaselineHandler_asAtToday;
	public static String ResolveConflictsHandler_title;
	public static String ResolveConflictsHandler_noProgramme;
	public static String ResolveConflictsHandler_notSaved;
	public static String ResolveConflictsHandler_noMerge;
	public static String ResolveConflictsHandler_theirs;
	public static String SaveProgramme_saveAsTitle;
	public static String SaveProgramme_filterProgrammes;
	public static String SaveProgramme_filterAll;
	public static String SaveProgramme_changedTitle;
	public static String SaveProgramme_changedQuestion;
	public static String SaveProgramme_overwrite;
	public static String SaveProgramme_saveAs;
	public static String SaveProgramme_failed;
	public static String TreeEditing_cut;
	public static String TreeEditing_copy;
	public static String TreeEditing_paste;
	public static String TreeEditing_delete;
	public static String TreeEditing_newChild;
	public static String TreeEditing_newSibling;
	public static String ValidateHandler_noProgramme;
	public static String ValidateHandler_problemsViewFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
