package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.mea.jwp.core.exchange.spi.IImporter;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.core.persistence.ElementIds;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;

/**
 * Species listing (CSV), {@code org.mea.jwp.core.species.csv}: merges a listing such as a Species+
 * export into the programme's taxa.
 * <p>
 * Columns are found by name (see {@link Columns}): Scientific Name (required), Rank, CITES Appendix
 * (or Listing), CMS Appendix, Common Name(s), Notes, and the columns the taxa export adds (CITES
 * Name, CMS Name, Population, Difference Notes, JWP Id). A row's taxon is the one whose CITES name, CMS name or name
 * as printed is its scientific name (ignoring case and spacing); files written by JWP Workbench
 * also match by JWP Id, which is how a taxon without a scientific name (the document names some by
 * their common name only) is found again. Other rows add taxa. Empty cells leave values as they are.
 * A taxon with a listing history keeps it: this flat file's appendices do not change it (the
 * Species+ importer reads listings with their dates).
 */
public class SpeciesCsvImporter implements IImporter {

	private static final Map<String, Set<String>> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put(TaxonRow.NAME, Set.of("scientificname", "fullname", "taxonname", "taxon")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		COLUMNS.put(TaxonRow.RANK, Set.of("rank", "taxonrank")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put(TaxonRow.CITES, Set.of("citesappendix", "citeslisting", "listing", "currentlisting")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		COLUMNS.put(TaxonRow.CMS, Set.of("cmsappendix", "cmslisting")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put(TaxonRow.COMMON_NAMES, Set.of("commonname", "commonnames", "englishname", "englishnames")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		COLUMNS.put(TaxonRow.NOTES, Set.of("notes", "note")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put(TaxonRow.CITES_NAME, Set.of("citesname")); //$NON-NLS-1$
		COLUMNS.put(TaxonRow.CMS_NAME, Set.of("cmsname")); //$NON-NLS-1$
		COLUMNS.put(TaxonRow.POPULATION, Set.of("population")); //$NON-NLS-1$
		COLUMNS.put(TaxonRow.DIFFERENCE_NOTES, Set.of("differencenotes")); //$NON-NLS-1$
		COLUMNS.put(TaxonRow.JWP_ID, Set.of("jwpid")); //$NON-NLS-1$
	}

	@Override
	public ImportPlan plan(Programme programme, InputStream input, String sourceName) throws IOException {
		ProblemLog log = new ProblemLog();
		String label = NLS.bind(Messages.SpeciesCsvImporter_label, sourceName);
		CsvTable table = CsvTable.read(input, log);
		if (table == null) {
			return PlannedImport.refused(log, label);
		}
		Columns columns = new Columns(table.header(), COLUMNS, Set.of());
		if (!columns.has(TaxonRow.NAME)) {
			log.critical(table.headerLine(), NLS.bind(Messages.SpeciesCsvImporter_noNameColumn,
					String.join(", ", table.header()), table.delimiter())); //$NON-NLS-1$
			return PlannedImport.refused(log, label);
		}
		columns.report(log, table.headerLine());

		Map<Object, TaxonRow> rows = rowsByTaxon(programme, table, columns, log);
		List<Change> changes = new ArrayList<>();
		Map<TaxonRow, String> added = new LinkedHashMap<>();
		Ids ids = new Ids(programme);
		int updated = 0;
		for (Map.Entry<Object, TaxonRow> entry : rows.entrySet()) {
			TaxonRow row = entry.getValue();
			if (entry.getKey() instanceof Taxon taxon) {
				List<Change> rowChanges = row.changes(taxon);
				changes.addAll(rowChanges);
				updated += rowChanges.isEmpty() ? 0 : 1;
			} else {
				String preferred = !row.jwpId().isEmpty() ? row.jwpId() : "tx-" + Values.slug(row.name()); //$NON-NLS-1$
				added.put(row, ids.allocate(preferred));
			}
		}
		int unchanged = rows.size() - added.size() - updated;
		String summary = PlannedImport.summary(added.size(), updated, unchanged, log.rejectedCount(), true);
		return new PlannedImport(log, summary, label, domain -> {
			List<Command> commands = new ArrayList<>();
			if (!added.isEmpty()) {
				List<Taxon> taxa = added.entrySet().stream().map(e -> e.getKey().create(e.getValue())).toList();
				commands.add(new AddCommand(domain, programme, JwpPackage.Literals.PROGRAMME__TAXA, taxa));
			}
			changes.forEach(change -> commands.add(change.command(domain)));
			return commands;
		});
	}

	/**
	 * The good rows by the taxon they change (an existing {@link Taxon}, or a key for a new one), in
	 * file order. A taxon named twice takes the later row, with a warning.
	 */
	private static Map<Object, TaxonRow> rowsByTaxon(Programme programme, CsvTable table, Columns columns,
			ProblemLog log) {
		Map<String, Taxon> byName = new HashMap<>();
		Map<String, Taxon> byId = new HashMap<>();
		for (Taxon taxon : programme.getTaxa()) {
			for (String name : new String[] { taxon.getCitesName(), taxon.getCmsName(), taxon.getNameAsPrinted() }) {
				if (!Values.nameKey(name).isEmpty()) {
					byName.putIfAbsent(Values.nameKey(name), taxon);
				}
			}
			if (taxon.getId() != null) {
				byId.put(taxon.getId(), taxon);
			}
		}
		Map<Object, TaxonRow> rows = new LinkedHashMap<>();
		Map<Object, Integer> lines = new HashMap<>();
		for (CsvTable.Row row : table.rows()) {
			TaxonRow read = TaxonRow.read(row, columns, log);
			if (read.name().isEmpty() && read.jwpId().isEmpty()) {
				log.error(row.line(), NLS.bind(Messages.Rows_emptyName, columns.name(TaxonRow.NAME)));
			}
			String idProblem = read.jwpId().isEmpty() ? null : ElementIds.problem(read.jwpId());
			if (idProblem != null) {
				log.error(row.line(), NLS.bind(Messages.SpeciesCsvImporter_badId,
						new Object[] { read.jwpId(), columns.name(TaxonRow.JWP_ID), idProblem }));
			}
			if (log.isRejected(row.line())) {
				continue;
			}
			Object key = byId.get(read.jwpId());
			if (key == null) {
				key = byName.get(Values.nameKey(read.name()));
			}
			if (key == null) {
				key = read.name().isEmpty() ? "id:" + read.jwpId() : "name:" + Values.nameKey(read.name()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Integer earlier = lines.put(key, row.line());
			if (earlier != null) {
				String who = read.name().isEmpty() ? "JWP Id " + read.jwpId() : "\"" + read.name() + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				log.warning(row.line(), NLS.bind(Messages.SpeciesCsvImporter_duplicate, who, earlier));
				rows.remove(key);
			}
			rows.put(key, read);
		}
		return rows;
	}
}
