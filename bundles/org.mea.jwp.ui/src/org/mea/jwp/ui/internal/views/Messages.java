package org.mea.jwp.ui.internal.views;

import org.eclipse.osgi.util.NLS;

/** Translatable texts of the views ({@code messages.properties}, {@code _fr}, {@code _es}). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.mea.jwp.ui.internal.views.messages"; //$NON-NLS-1$

	public static String TranslationsView_language;
	public static String TranslationsView_columnElement;
	public static String TranslationsView_columnText;
	public static String TranslationsView_columnState;
	public static String TranslationsView_columnOriginal;
	public static String TranslationsView_columnVersion;
	public static String TranslationsView_stateMissing;
	public static String TranslationsView_stateOutdated;
	public static String TranslationsView_noProgramme;
	public static String TranslationsView_allTranslated;
	public static String TranslationsView_summary;
	public static String TranslationsView_export;
	public static String TranslationsView_exportTip;
	public static String TranslationsView_import;
	public static String TranslationsView_importTip;
	public static String TranslationsView_exportTitle;
	public static String TranslationsView_exported;
	public static String TranslationsView_exportFailedTitle;
	public static String TranslationsView_exportFailed;
	public static String TranslationsView_importTitle;
	public static String TranslationsView_importFailedTitle;
	public static String TranslationsView_importFailed;
	public static String TranslationsView_problemLine;
	public static String TranslationsView_moreProblems;
	public static String TranslationsView_nothingToTake;
	public static String TranslationsView_importProblemsTitle;
	public static String TranslationsView_importProblems;
	public static String TranslationsView_imported;

	public static String CompareView_currentProgramme;
	public static String CompareView_all;
	public static String CompareView_from;
	public static String CompareView_to;
	public static String CompareView_theme;
	public static String CompareView_species;
	public static String CompareView_lead;
	public static String CompareView_columnCode;
	public static String CompareView_columnTheme;
	public static String CompareView_columnChanges;
	public static String CompareView_columnWhatChanged;
	public static String CompareView_columnLatestProgress;
	public static String CompareView_columnActivity;
	public static String CompareView_baselineAt;
	public static String CompareView_noProgramme;
	public static String CompareView_noBaseline;
	public static String CompareView_nothingChanged;
	public static String CompareView_oneActivityChanged;
	public static String CompareView_activitiesChanged;
	public static String CompareView_shown;
	public static String CompareView_themeCounts;
	public static String CompareView_kindCount;
	public static String CompareView_notInProgramme;

	public static String CompareWithCommit_title;
	public static String CompareWithCommit_version;
	public static String CompareWithCommit_cannotCompare;

	public static String DeadlinesView_asAt;
	public static String DeadlinesView_hideDelivered;
	public static String DeadlinesView_columnDue;
	public static String DeadlinesView_columnDaysLeft;
	public static String DeadlinesView_columnState;
	public static String DeadlinesView_columnTo;
	public static String DeadlinesView_columnReportDue;
	public static String DeadlinesView_columnActivities;
	public static String DeadlinesView_columnDateFrom;
	public static String DeadlinesView_noDate;
	public static String DeadlinesView_wholeProgramme;
	public static String DeadlinesView_stateLate;
	public static String DeadlinesView_stateDueSoon;
	public static String DeadlinesView_stateUpcoming;
	public static String DeadlinesView_stateDelivered;
	public static String DeadlinesView_basisRule;
	public static String DeadlinesView_basisGiven;
	public static String DeadlinesView_basisNone;
	public static String DeadlinesView_noProgramme;
	public static String DeadlinesView_nextInOneDay;
	public static String DeadlinesView_nextInDays;
	public static String DeadlinesView_nothingDue;
	public static String DeadlinesView_withLate;

	public static String HistoryView_notSaved;
	public static String HistoryView_notShared;
	public static String HistoryView_linkWithSelection;
	public static String HistoryView_refresh;
	public static String HistoryView_compare;
	public static String HistoryView_columnDate;
	public static String HistoryView_columnAuthor;
	public static String HistoryView_columnElement;
	public static String HistoryView_columnChange;
	public static String HistoryView_columnCommit;
	public static String HistoryView_columnId;
	public static String HistoryView_linkTooltip;
	public static String HistoryView_compareTooltip;
	public static String HistoryView_refreshTooltip;
	public static String HistoryView_historyOfProgramme;
	public static String HistoryView_historyOf;
	public static String HistoryView_noProgramme;
	public static String HistoryView_reading;
	public static String HistoryView_noCommit;
	public static String HistoryView_noCommitChanged;
	public static String HistoryView_oneChange;
	public static String HistoryView_changes;
	public static String HistoryView_oneCommit;
	public static String HistoryView_commits;
	public static String HistoryView_summary;

	public static String MeetingsView_yearOneMeeting;
	public static String MeetingsView_yearMeetings;
	public static String MeetingsView_when;
	public static String MeetingsView_reportDue;
	public static String MeetingsView_report;

	public static String MergeConflictsView_columnElement;
	public static String MergeConflictsView_columnFeature;
	public static String MergeConflictsView_columnBase;
	public static String MergeConflictsView_columnMine;
	public static String MergeConflictsView_columnTheirs;
	public static String MergeConflictsView_columnResolution;
	public static String MergeConflictsView_columnKind;
	public static String MergeConflictsView_theElement;
	public static String MergeConflictsView_kindConcurrentChange;
	public static String MergeConflictsView_kindDeleteEdit;
	public static String MergeConflictsView_kindDanglingReference;
	public static String MergeConflictsView_kindTwoBaselines;
	public static String MergeConflictsView_kindFrozenBaseline;
	public static String MergeConflictsView_kindDuplicateCode;
	public static String MergeConflictsView_kindConcurrentMove;
	public static String MergeConflictsView_kindListOrder;
	public static String MergeConflictsView_takeMine;
	public static String MergeConflictsView_takeTheirs;
	public static String MergeConflictsView_edit;
	public static String MergeConflictsView_complete;
	public static String MergeConflictsView_notAValue;
	public static String MergeConflictsView_editTitle;
	public static String MergeConflictsView_editMessage;
	public static String MergeConflictsView_completeTitle;
	public static String MergeConflictsView_cannotApply;
	public static String MergeConflictsView_completed;
	public static String MergeConflictsView_unresolved;
	public static String MergeConflictsView_resolutionMine;
	public static String MergeConflictsView_resolutionTheirs;
	public static String MergeConflictsView_resolutionBase;
	public static String MergeConflictsView_resolutionEdited;
	public static String MergeConflictsView_noMerge;
	public static String MergeConflictsView_oneConflict;
	public static String MergeConflictsView_conflicts;
	public static String MergeConflictsView_theProgramme;
	public static String MergeConflictsView_summary;

	public static String ProblemsView_columnDescription;
	public static String ProblemsView_columnElement;
	public static String ProblemsView_columnRule;
	public static String ProblemsView_notValidated;
	public static String ProblemsView_counts;

	public static String ProgrammeExplorerView_linkWithEditor;
	public static String ProgrammeExplorerView_linkTooltip;
	public static String ProgrammeExplorerView_filterHint;
	public static String ProgrammeExplorerView_embedded;

	public static String SpeciesConcordanceView_columnTaxon;
	public static String SpeciesConcordanceView_columnCommonNames;
	public static String SpeciesConcordanceView_columnRank;
	public static String SpeciesConcordanceView_columnCitesName;
	public static String SpeciesConcordanceView_columnCitesAppendix;
	public static String SpeciesConcordanceView_columnCmsName;
	public static String SpeciesConcordanceView_columnCmsAppendix;
	public static String SpeciesConcordanceView_columnActivities;
	public static String SpeciesConcordanceView_columnDiffer;
	public static String SpeciesConcordanceView_filterHint;
	public static String SpeciesConcordanceView_listingsAsAt;
	public static String SpeciesConcordanceView_asAtTooltip;
	public static String SpeciesConcordanceView_taxonTooltip;
	public static String SpeciesConcordanceView_inForceOnReportingDate;
	public static String SpeciesConcordanceView_inForceOn;

	public static String TimelineModel_ongoing;
	public static String TimelineModel_conditional;
	public static String TimelineModel_noTimeframe;
	public static String TimelineModel_notSpecified;
	public static String TimelineModel_due;
	public static String TimelineModel_committeeReport;

	public static String TimelineView_noTimeframe;
	public static String TimelineView_activityTooltip;
	public static String TimelineView_noProgramme;
	public static String TimelineView_activity;
	public static String TimelineView_openEnded;
	public static String TimelineView_reportingDate;
	public static String TimelineView_today;
	public static String TimelineView_legendMeetings;
	public static String TimelineView_legendDeadlines;
	public static String TimelineView_overdue;
	public static String TimelineView_accessibleActivity;
	public static String TimelineView_keys;

	public static String SpeciesConcordanceView_differNames;
	public static String SpeciesConcordanceView_differAppendices;
	public static String MeetingsView_undated;

	public static String DeadlinesView_progressReport;
	public static String DeadlinesView_finalReport;
	public static String DeadlinesView_titleWithSymbol;
	public static String DeadlinesView_titleFor;
	public static String DeadlinesView_endOfPeriod;

	public static String CompareView_kindAdded;
	public static String CompareView_kindRemoved;
	public static String CompareView_kindStatus;
	public static String CompareView_kindProgress;
	public static String CompareView_kindTimeframe;
	public static String CompareView_kindLead;
	public static String CompareView_fromTo;
	public static String CompareView_oneNewEntry;
	public static String CompareView_newEntries;
	public static String CompareView_oneEntryRemoved;
	public static String CompareView_entriesRemoved;
	public static String CompareView_none;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
