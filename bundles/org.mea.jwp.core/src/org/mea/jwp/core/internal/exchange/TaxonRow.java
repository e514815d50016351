package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.TaxonRank;

/**
 * One row of a species listing, read: each value is null (or empty) when its cell is empty or its
 * column absent, and then leaves the taxon's value as it is.
 */
record TaxonRow(int line, String name, String jwpId, TaxonRank rank, AppendixListing cites, AppendixListing cms,
		List<String> commonNames, String notes, String citesName, String cmsName, String population,
		String differenceNotes) {

	static final String NAME = "name"; //$NON-NLS-1$
	static final String RANK = "rank"; //$NON-NLS-1$
	static final String CITES = "cites"; //$NON-NLS-1$
	static final String CMS = "cms"; //$NON-NLS-1$
	static final String COMMON_NAMES = "commonNames"; //$NON-NLS-1$
	static final String NOTES = "notes"; //$NON-NLS-1$
	static final String CITES_NAME = "citesName"; //$NON-NLS-1$
	static final String CMS_NAME = "cmsName"; //$NON-NLS-1$
	static final String POPULATION = "population"; //$NON-NLS-1$
	static final String DIFFERENCE_NOTES = "differenceNotes"; //$NON-NLS-1$
	static final String JWP_ID = "jwpId"; //$NON-NLS-1$

	private static final JwpPackage P = JwpPackage.eINSTANCE;

	/** Reads the row; an unreadable Appendix is an error (the row is skipped), an unknown rank a warning. */
	static TaxonRow read(CsvTable.Row row, Columns columns, ProblemLog log) {
		int line = row.line();
		TaxonRank rank = null;
		String rankCell = columns.cell(row, RANK);
		if (!rankCell.isEmpty()) {
			try {
				rank = Values.rank(rankCell);
			} catch (IllegalArgumentException e) {
				log.warning(line, NLS.bind(Messages.TaxonRow_rankUnchanged, columns.name(RANK), e.getMessage()));
			}
		}
		AppendixListing cites = appendix(row, columns, CITES, log);
		AppendixListing cms = appendix(row, columns, CMS, log);
		String commonNames = columns.cell(row, COMMON_NAMES);
		return new TaxonRow(line, Values.normalize(columns.cell(row, NAME)), columns.cell(row, JWP_ID), rank, cites,
				cms,
				commonNames.isEmpty() ? null : Values.list(commonNames), columns.cell(row, NOTES),
				Values.normalize(columns.cell(row, CITES_NAME)), Values.normalize(columns.cell(row, CMS_NAME)),
				columns.cell(row, POPULATION), columns.cell(row, DIFFERENCE_NOTES));
	}

	private static AppendixListing appendix(CsvTable.Row row, Columns columns, String field, ProblemLog log) {
		String cell = columns.cell(row, field);
		if (cell.isEmpty()) {
			return null;
		}
		try {
			return Values.appendix(cell);
		} catch (IllegalArgumentException e) {
			log.error(row.line(), NLS.bind(Messages.Rows_column, columns.name(field), e.getMessage()));
			return null;
		}
	}

	/** What the row changes on an existing taxon; empty when it holds nothing new. */
	List<Change> changes(Taxon taxon) {
		List<Change> changes = new ArrayList<>();
		change(changes, taxon, P.getTaxon_Rank(), rank);
		// a listing history decides the appendix: this flat file cannot change it
		if (!hasHistory(taxon, Convention.CITES)) {
			change(changes, taxon, P.getTaxon_CitesAppendix(), cites);
		}
		if (!hasHistory(taxon, Convention.CMS)) {
			change(changes, taxon, P.getTaxon_CmsAppendix(), cms);
		}
		if (commonNames != null && !commonNames.equals(taxon.getCommonNames())) {
			changes.add(new Change(taxon, P.getTaxon_CommonNames(), commonNames));
		}
		text(changes, taxon, P.getTaxon_Notes(), notes);
		text(changes, taxon, P.getTaxon_CitesName(), citesName);
		text(changes, taxon, P.getTaxon_CmsName(), cmsName);
		text(changes, taxon, P.getTaxon_Population(), population);
		text(changes, taxon, P.getTaxon_DifferenceNotes(), differenceNotes);
		return changes;
	}

	private static boolean hasHistory(Taxon taxon, Convention convention) {
		return taxon.getListings().stream().anyMatch(listing -> listing.getConvention() == convention);
	}

	private static void change(List<Change> changes, Taxon taxon, EAttribute attribute, Object value) {
		if (value != null && !value.equals(taxon.eGet(attribute))) {
			changes.add(new Change(taxon, attribute, value));
		}
	}

	private static void text(List<Change> changes, Taxon taxon, EAttribute attribute, String value) {
		Object current = taxon.eGet(attribute);
		if (!value.isEmpty() && !Objects.equals(value, current == null ? null : current.toString().strip())) {
			changes.add(new Change(taxon, attribute, value));
		}
	}

	/** A new taxon with the row's values, named as printed by the row's scientific name. */
	Taxon create(String id) {
		Taxon taxon = JwpFactory.eINSTANCE.createTaxon();
		taxon.setId(id);
		if (!name.isEmpty()) {
			taxon.setNameAsPrinted(name);
		}
		if (rank != null) {
			taxon.setRank(rank);
		}
		if (cites != null) {
			taxon.setCitesAppendix(cites);
		}
		if (cms != null) {
			taxon.setCmsAppendix(cms);
		}
		if (commonNames != null) {
			taxon.getCommonNames().addAll(commonNames);
		}
		taxon.setNotes(notes.isEmpty() ? null : notes);
		taxon.setCitesName(citesName.isEmpty() ? null : citesName);
		taxon.setCmsName(cmsName.isEmpty() ? null : cmsName);
		taxon.setPopulation(population.isEmpty() ? null : population);
		taxon.setDifferenceNotes(differenceNotes.isEmpty() ? null : differenceNotes);
		return taxon;
	}
}
