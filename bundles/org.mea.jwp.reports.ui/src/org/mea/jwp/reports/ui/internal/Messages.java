package org.mea.jwp.reports.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Translatable strings of the Generate Report wizard ({@code messages.properties}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.reports.ui.internal.messages"; //$NON-NLS-1$

	public static String GenerateReportHandler_title;
	public static String GenerateReportHandler_noProgramme;

	public static String GenerateReportWizard_title;
	public static String GenerateReportWizard_job;
	public static String GenerateReportWizard_task;
	public static String GenerateReportWizard_noViewer;
	public static String GenerateReportWizard_cannotWrite;

	public static String GenerateReportPage_title;
	public static String GenerateReportPage_noCycle;
	public static String GenerateReportPage_design;
	public static String GenerateReportPage_cycle;
	public static String GenerateReportPage_committee;
	public static String GenerateReportPage_meeting;
	public static String GenerateReportPage_symbol;
	public static String GenerateReportPage_reportingDate;
	public static String GenerateReportPage_author;
	public static String GenerateReportPage_format;
	public static String GenerateReportPage_output;
	public static String GenerateReportPage_browse;
	public static String GenerateReportPage_open;
	public static String GenerateReportPage_parameterLabel;
	public static String GenerateReportPage_cycleDate;
	public static String GenerateReportPage_noCommittee;
	public static String GenerateReportPage_noSymbol;
	public static String GenerateReportPage_badDate;
	public static String GenerateReportPage_noOutput;
	public static String GenerateReportPage_noFolder;
	public static String GenerateReportPage_replaced;
	public static String GenerateReportPage_valueNeeded;
	public static String GenerateReportPage_badValue;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
