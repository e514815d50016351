package org.mea.jwp.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** Translatable texts of the wizards ({@code messages.properties}, with French and Spanish beside it). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.ui.internal.wizards.messages"; //$NON-NLS-1$

	public static String ContinueProgrammePage_title;
	public static String ContinueProgrammePage_description;
	public static String ContinueProgrammePage_period;
	public static String ContinueProgrammePage_to;
	public static String ContinueProgrammePage_carried;
	public static String ContinueProgrammePage_columnCode;
	public static String ContinueProgrammePage_columnActivity;
	public static String ContinueProgrammePage_columnStatus;
	public static String ContinueProgrammePage_file;
	public static String ContinueProgrammePage_periodReversed;
	public static String ContinueProgrammePage_periodOverlaps;
	public static String ContinueProgrammePage_carriedCount;
	public static String ContinueProgrammeWizard_windowTitle;
	public static String ContinueProgrammeWizard_notRecorded;
	public static String DataFormatPage_programme;
	public static String DataFormatPage_format;
	public static String DataFormatPage_browse;
	public static String DataFormatPage_noProgramme;
	public static String DataFormatPage_noFormats;
	public static String DataFormatPage_chooseFormat;
	public static String DataFormatPage_enterFile;
	public static String DataFormatPage_allFiles;
	public static String DataFormatPage_noneOpen;
	public static String DataFormatPage_untitled;
	public static String DataFormatPage_notSaved;
	public static String ExportPage_title;
	public static String ExportPage_description;
	public static String ExportPage_outputFile;
	public static String ExportPage_folderMissing;
	public static String ExportPage_isFolder;
	public static String ExportPage_wrongExtension;
	public static String ExportPage_exists;
	public static String ExportWizard_windowTitle;
	public static String ExportWizard_replaceTitle;
	public static String ExportWizard_replaceQuestion;
	public static String ExportWizard_job;
	public static String ExportWizard_task;
	public static String ExportWizard_cannotWrite;
	public static String ImportFilePage_title;
	public static String ImportFilePage_description;
	public static String ImportFilePage_file;
	public static String ImportFilePage_missing;
	public static String ImportFilePage_unreadable;
	public static String ImportFilePage_wrongExtension;
	public static String ImportReviewPage_title;
	public static String ImportReviewPage_columnLine;
	public static String ImportReviewPage_columnSeverity;
	public static String ImportReviewPage_columnMessage;
	public static String ImportReviewPage_severityCritical;
	public static String ImportReviewPage_severityError;
	public static String ImportReviewPage_severityWarning;
	public static String ImportReviewPage_acceptErrors;
	public static String ImportReviewPage_summary;
	public static String ImportReviewPage_choosePrevious;
	public static String ImportReviewPage_cannotImport;
	public static String ImportReviewPage_refused;
	public static String ImportReviewPage_nothingToImport;
	public static String ImportReviewPage_skippedOne;
	public static String ImportReviewPage_skippedMany;
	public static String ImportReviewPage_noProblems;
	public static String ImportReviewPage_importValid;
	public static String ImportReviewPage_importValidWithWarnings;
	public static String ImportWizard_windowTitle;
	public static String ImportWizard_cannotRead;
	public static String NewProgrammePage_title;
	public static String NewProgrammePage_description;
	public static String NewProgrammePage_empty;
	public static String NewProgrammePage_copy;
	public static String NewProgrammePage_titleLabel;
	public static String NewProgrammePage_titleHint;
	public static String NewProgrammePage_period;
	public static String NewProgrammePage_to;
	public static String NewProgrammePage_file;
	public static String NewProgrammePage_periodReversed;
	public static String NewProgrammePage_titleMissing;
	public static String NewProgrammeWizard_windowTitle;
	public static String NewProgrammeWizard_exists;
	public static String ProgrammeFileField_browse;
	public static String ProgrammeFileField_missing;
	public static String ProgrammeFileField_extension;
	public static String ProgrammeFileField_exists;
	public static String ProgrammeFileField_noFolder;
	public static String ProgrammeFileField_firstYear;
	public static String ProgrammeFileField_lastYear;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
