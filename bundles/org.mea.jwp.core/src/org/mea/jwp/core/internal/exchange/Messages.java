package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;

/** Translatable messages of the importers: problems shown per line in the Import wizard, plan summaries ({@code messages.properties}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.mea.jwp.core.internal.exchange.messages"; //$NON-NLS-1$

	public static String ActivitiesCsvImporter_label;
	public static String ActivitiesCsvImporter_noCodeColumn;
	public static String ActivitiesCsvImporter_duplicate;
	public static String ActivitiesCsvImporter_badCode;
	public static String ActivitiesCsvImporter_noTheme;
	public static String ActivitiesCsvImporter_giveThemeAndGroup;
	public static String ActivitiesCsvImporter_noGroup;
	public static String ActivitiesCsvImporter_severalGroups;
	public static String ActivitiesCsvImporter_groups;
	public static String ActivitiesCsvImporter_unnamed;
	public static String ActivitiesCsvImporter_inGroup;
	public static String ActivitiesCsvImporter_notMoved;
	public static String ActivityRow_emptyCode;
	public static String Rows_column;
	public static String Rows_emptyName;
	public static String TaxonRow_rankUnchanged;
	public static String AppendicesEntry_column;
	public static String AppendicesEntry_unstorable;
	public static String AppendicesEntry_note;
	public static String AppendicesEntry_noName;
	public static String AppendicesEntry_noParty;
	public static String AppendicesPage_tooLarge;
	public static String AppendicesPage_empty;
	public static String AppendicesPage_noTable;
	public static String AppendicesPage_badDate;
	public static String AppendicesPage_noDate;
	public static String AppendicesPage_noEntries;
	public static String AppendicesPage_noAppendixColumn;
	public static String CitesAppendicesImporter_label;
	public static String Columns_unknownOne;
	public static String Columns_unknownMany;
	public static String Columns_repeated;
	public static String CsvTable_empty;
	public static String CsvTable_rowSizeOne;
	public static String CsvTable_rowSize;
	public static String CsvTable_invalid;
	public static String CsvTable_unstorable;
	public static String CsvTable_notUtf8;
	public static String EditionListings_later;
	public static String EditionListings_datedKept;
	public static String EditionListings_and;
	public static String PlannedImport_unreadable;
	public static String PlannedImport_nothing;
	public static String PlannedImport_taxonAdded;
	public static String PlannedImport_taxaAdded;
	public static String PlannedImport_taxaUpdated;
	public static String PlannedImport_taxaUnchanged;
	public static String PlannedImport_activityAdded;
	public static String PlannedImport_activitiesAdded;
	public static String PlannedImport_activitiesUpdated;
	public static String PlannedImport_activitiesUnchanged;
	public static String PlannedImport_rowSkipped;
	public static String PlannedImport_rowsSkipped;
	public static String SpeciesCsvImporter_label;
	public static String SpeciesCsvImporter_noNameColumn;
	public static String SpeciesCsvImporter_badId;
	public static String SpeciesCsvImporter_duplicate;
	public static String SpeciesPlusImporter_label;
	public static String SpeciesPlusImporter_unknownHeader;
	public static String SpeciesPlusImporter_instruments;
	public static String SpeciesPlusImporter_unknownChange;
	public static String SpeciesPlusImporter_historyKept;
	public static String SpeciesPlusRecord_rankKept;
	public static String SpeciesPlusRecord_badListing;
	public static String SpeciesPlusRecord_badAppendix;
	public static String SpeciesPlusRecord_noDate;
	public static String SpeciesPlusRecord_badDate;
	public static String TaxonMatcher_ambiguousRow;
	public static String TaxonMatcher_ambiguousEntry;
	public static String TaxonMatcher_byAcceptedName;
	public static String TaxonMatcher_bySynonym;
	public static String TaxonMatcher_byNameAsPrinted;
	public static String Values_notAppendix;
	public static String Values_notRank;
	public static String Values_notStatus;
	public static String Values_notLead;
	public static String Values_notFunding;

	public static String PlannedImport_taxonUpdated;
	public static String PlannedImport_activityUpdated;
	public static String PlannedImport_taxonUnchanged;
	public static String PlannedImport_activityUnchanged;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
