package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mea.jwp.core.exchange.spi.IImporter;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Listing;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.TaxonRank;

/**
 * Species+ and CITES Checklist downloads (CSV), {@code org.mea.jwp.core.speciesplus.csv}, as their
 * users download them: Species+ "CITES listings" and "CMS listings", the Checklist's "Index of
 * CITES Species" and "History of CITES Listings" (see {@link SpeciesPlusFormat}).
 * <p>
 * Each taxon of the file is matched to the programme's by {@link TaxonMatcher} (accepted name,
 * synonyms, name as printed); a name that fits several taxa is reported and skipped, never
 * guessed. A taxon matched takes the file's accepted name (when it has none), author, rank (a
 * population keeps its rank), synonyms, common names and listings; one not matched is added, under
 * the programme's higher taxon that includes it ("Saiga spp.", Cheloniidae) when there is one.
 * Listings: the history replaces the taxon's CITES listings; a current listing (no dates, or CMS's
 * dates) replaces the undated listings of its Convention and keeps a dated history.
 */
public class SpeciesPlusImporter implements IImporter {

	@Override
	public ImportPlan plan(Programme programme, InputStream input, String sourceName) throws IOException {
		ProblemLog log = new ProblemLog();
		String label = NLS.bind(Messages.SpeciesPlusImporter_label, sourceName);
		CsvTable table = CsvTable.read(input, log);
		if (table == null) {
			return PlannedImport.refused(log, label);
		}
		SpeciesPlusFormat format = SpeciesPlusFormat.of(table.header());
		if (format == null) {
			log.critical(table.headerLine(),
					NLS.bind(Messages.SpeciesPlusImporter_unknownHeader, String.join(", ", table.header()))); //$NON-NLS-1$
			return PlannedImport.refused(log, label);
		}
		Columns columns = new Columns(table.header(), SpeciesPlusFormat.COLUMNS, SpeciesPlusFormat.IGNORED);
		columns.report(log, table.headerLine());

		// the rows of one taxon together (a history has one row per change, CMS one per instrument)
		Map<String, List<SpeciesPlusRecord>> byTaxon = new LinkedHashMap<>();
		int instrumentRows = 0;
		for (CsvTable.Row row : table.rows()) {
			SpeciesPlusRecord read = SpeciesPlusRecord.read(format, row, columns, log);
			if (log.isRejected(row.line())) {
				continue;
			}
			if (read.instrument()) {
				instrumentRows++;
			}
			byTaxon.computeIfAbsent(Values.nameKey(read.name()), k -> new ArrayList<>()).add(read);
		}
		if (instrumentRows > 0) {
			log.warning(table.headerLine(), NLS.bind(Messages.SpeciesPlusImporter_instruments, instrumentRows));
		}

		TaxonMatcher matcher = new TaxonMatcher(programme);
		Ids ids = new Ids(programme);
		List<Change> changes = new ArrayList<>();
		List<ListingsChange> listingChanges = new ArrayList<>();
		NewTaxa added = new NewTaxa(programme);
		int updated = 0;
		int unchanged = 0;
		int skipped = 0;
		for (List<SpeciesPlusRecord> records : byTaxon.values()) {
			SpeciesPlusRecord first = records.get(0);
			List<SpeciesPlusRecord.Listed> listings = format == SpeciesPlusFormat.CHECKLIST_HISTORY
					? List.of()
					: records.stream().flatMap(r -> r.listings().stream()).toList();
			List<Listing> history = format == SpeciesPlusFormat.CHECKLIST_HISTORY ? history(records, sourceName, log)
					: null;
			TaxonMatcher.Match match = matcher.match(first.name(), first.synonyms());
			if (match.ambiguous()) {
				log.warning(first.line(), match.ambiguity(first.name(), false));
				skipped++;
				continue;
			}
			if (match.taxon() != null) {
				Taxon taxon = match.taxon();
				int before = changes.size() + listingChanges.size();
				updates(taxon, first, format, changes);
				ListingsChange listing = history != null ? ListingsChange.replacingAll(taxon, Convention.CITES, history)
						: ListingsChange.current(taxon, format.convention, listings, sourceName, first.line(), log);
				if (listing != null) {
					listingChanges.add(listing);
				}
				if (changes.size() + listingChanges.size() > before) {
					updated++;
				} else {
					unchanged++;
				}
				continue;
			}
			Taxon created = create(first, format, ids);
			List<Listing> made = history != null ? history : ListingsChange.listings(listings, sourceName);
			created.getListings().addAll(made);
			added.add(created, matcher.higher(first.higherNames()));
			matcher.index(created);
		}
		String summary = PlannedImport.summary(added.count(), updated, unchanged, skipped + log.rejectedCount(), true)
				+ " (" + format.title + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		return new PlannedImport(log, summary, label, domain -> {
			List<Command> commands = new ArrayList<>(added.commands(domain));
			changes.forEach(change -> commands.add(change.command(domain)));
			listingChanges.forEach(change -> commands.add(change.command(domain)));
			return commands;
		});
	}

	/** The names, author, rank and common names a matched taxon takes from the file. */
	private static void updates(Taxon taxon, SpeciesPlusRecord record, SpeciesPlusFormat format, List<Change> changes) {
		JwpPackage p = JwpPackage.eINSTANCE;
		if (empty(taxon.getAcceptedName())) {
			changes.add(new Change(taxon, p.getTaxon_AcceptedName(), record.name()));
		}
		if (!record.author().isEmpty() && !record.author().equals(taxon.getAuthor())) {
			changes.add(new Change(taxon, p.getTaxon_Author(), record.author()));
		}
		if (record.rank() != null && taxon.getRank() != TaxonRank.POPULATION && record.rank() != taxon.getRank()) {
			changes.add(new Change(taxon, p.getTaxon_Rank(), record.rank()));
		}
		if (format.convention == Convention.CITES && empty(taxon.getCitesName())) {
			changes.add(new Change(taxon, p.getTaxon_CitesName(), record.name()));
		}
		if (format.convention == Convention.CMS && empty(taxon.getCmsName())) {
			changes.add(new Change(taxon, p.getTaxon_CmsName(), record.name()));
		}
		List<String> synonyms = union(taxon.getSynonyms(), record.synonyms().stream()
				.filter(name -> !name.equalsIgnoreCase(taxon.getAcceptedName())).toList());
		if (synonyms.size() > taxon.getSynonyms().size()) {
			changes.add(new Change(taxon, p.getTaxon_Synonyms(), synonyms));
		}
		List<String> common = union(taxon.getCommonNames(), record.commonNames());
		if (common.size() > taxon.getCommonNames().size()) {
			changes.add(new Change(taxon, p.getTaxon_CommonNames(), common));
		}
	}

	private static List<String> union(List<String> present, List<String> more) {
		List<String> result = new ArrayList<>(present);
		for (String name : more) {
			if (result.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
				result.add(name);
			}
		}
		return result;
	}

	private static boolean empty(String text) {
		return text == null || text.isBlank();
	}

	private static Taxon create(SpeciesPlusRecord record, SpeciesPlusFormat format, Ids ids) {
		Taxon taxon = JwpFactory.eINSTANCE.createTaxon();
		taxon.setId(ids.allocate("tx-" + Values.slug(record.name()))); //$NON-NLS-1$
		taxon.setAcceptedName(record.name());
		taxon.setAuthor(record.author().isEmpty() ? null : record.author());
		if (record.rank() != null) {
			taxon.setRank(record.rank());
		}
		if (format.convention == Convention.CITES) {
			taxon.setCitesName(record.name());
		} else {
			taxon.setCmsName(record.name());
		}
		taxon.getSynonyms().addAll(record.synonyms());
		taxon.getCommonNames().addAll(record.commonNames());
		return taxon;
	}

	/**
	 * The CITES listings a history's rows describe: each addition is in force from its date until the
	 * next date the taxon's listing changed (a new listing replaces the whole of the old one) or a
	 * deletion of that appendix; reservations are a Party's, not the taxon's, and are left out.
	 */
	private static List<Listing> history(List<SpeciesPlusRecord> records, String source, ProblemLog log) {
		List<Listing> listings = new ArrayList<>();
		List<SpeciesPlusRecord> changes = records.stream().filter(r -> !r.listings().isEmpty())
				.sorted((a, b) -> a.listings().get(0).effective().compareTo(b.listings().get(0).effective())).toList();
		for (SpeciesPlusRecord record : changes) {
			SpeciesPlusRecord.Listed change = record.listings().get(0);
			LocalDate date = change.effective();
			switch (record.changeType()) {
			case "ADDITION" -> { //$NON-NLS-1$
				for (Listing open : listings) {
					if (open.getEnded() == null && open.getEffective().isBefore(date)) {
						open.setEnded(date);
					}
				}
				listings.add(ListingsChange.listing(change, source));
			}
			case "DELETION" -> { //$NON-NLS-1$
				for (Listing open : listings) {
					if (open.getEnded() == null && open.getAppendix() == change.appendix()
							&& (change.party().isEmpty() || Objects.equals(change.party(), open.getParty()))) {
						open.setEnded(date);
					}
				}
			}
			case "RESERVATION", "RESERVATION_WITHDRAWAL" -> { //$NON-NLS-1$ //$NON-NLS-2$
				// a Party's reservation: not a listing of the taxon
			}
			default ->
				log.warning(record.line(), NLS.bind(Messages.SpeciesPlusImporter_unknownChange, record.changeType()));
			}
		}
		return listings;
	}

	/** The listings of one Convention a matched taxon gets, made fresh for each command. */
	private record ListingsChange(Taxon taxon, Convention convention, List<Listing> listings, boolean keepDated) {

		static ListingsChange replacingAll(Taxon taxon, Convention convention, List<Listing> listings) {
			return new ListingsChange(taxon, convention, listings, false);
		}

		/**
		 * Null when the taxon already has these listings. Listings without dates (a current listing)
		 * do not replace a dated history: when the history's listing in force today is another, the
		 * difference is reported and the history kept.
		 */
		static ListingsChange current(Taxon taxon, Convention convention, List<SpeciesPlusRecord.Listed> listed,
				String source,
				int line, ProblemLog log) {
			if (listed.isEmpty()) {
				return null;
			}
			List<Listing> made = listings(listed, source);
			boolean undated = made.get(0).getEffective() == null;
			if (undated && taxon.getListings().stream()
					.anyMatch(l -> l.getConvention() == convention && l.getEffective() != null)) {
				AppendixListing recorded = taxon.listingOn(convention, null);
				Taxon probe = JwpFactory.eINSTANCE.createTaxon();
				made.forEach(l -> probe.getListings().add(EcoreUtil.copy(l)));
				AppendixListing given = probe.listingOn(convention, null);
				if (recorded != given) {
					log.warning(line,
							NLS.bind(Messages.SpeciesPlusImporter_historyKept, new Object[] { TaxonMatcher.label(taxon),
									convention.getLiteral() + " " + Values.appendix(given), //$NON-NLS-1$
									Values.appendix(recorded) }));
				}
				return null;
			}
			List<Listing> replaced = taxon.getListings().stream()
					.filter(l -> l.getConvention() == convention && (!undated || l.getEffective() == null)).toList();
			boolean same = replaced.size() == made.size();
			for (int i = 0; same && i < made.size(); i++) {
				same = sameListing(replaced.get(i), made.get(i));
			}
			return same ? null : new ListingsChange(taxon, convention, made, undated);
		}

		/** The same listing, whatever file it came from. */
		private static boolean sameListing(Listing a, Listing b) {
			return a.getAppendix() == b.getAppendix() && Objects.equals(a.getEffective(), b.getEffective())
					&& Objects.equals(a.getEnded(), b.getEnded())
					&& Objects.equals(a.getPopulation(), b.getPopulation())
					&& Objects.equals(a.getAnnotation(), b.getAnnotation())
					&& Objects.equals(a.getParty(), b.getParty());
		}

		static List<Listing> listings(List<SpeciesPlusRecord.Listed> listed, String source) {
			return listed.stream().map(l -> listing(l, source)).toList();
		}

		static Listing listing(SpeciesPlusRecord.Listed listed, String source) {
			Listing listing = JwpFactory.eINSTANCE.createListing();
			listing.setConvention(listed.convention());
			listing.setAppendix(listed.appendix());
			listing.setEffective(listed.effective());
			listing.setPopulation(listed.population().isEmpty() ? null : listed.population());
			listing.setAnnotation(listed.annotation().isEmpty() ? null : listed.annotation());
			listing.setParty(listed.party().isEmpty() ? null : listed.party());
			listing.setSource(source);
			return listing;
		}

		Command command(EditingDomain domain) {
			List<Listing> result = new ArrayList<>();
			for (Listing kept : taxon.getListings()) {
				boolean replaced = kept.getConvention() == convention && (!keepDated || kept.getEffective() == null);
				if (!replaced) {
					result.add(kept);
				}
			}
			listings.forEach(l -> result.add(EcoreUtil.copy(l)));
			return new SetCommand(domain, taxon, JwpPackage.Literals.TAXON__LISTINGS, result);
		}
	}
}
