package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mea.jwp.core.exchange.spi.IImporter;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Listing;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;

/**
 * The CITES Appendices as published on cites.org ("Appendices I, II and III valid from ...", the
 * page saved as HTML), {@code org.mea.jwp.core.cites.appendices.html}: each taxon the page lists,
 * with its Appendix, remark, annotation and, in Appendix III, the Party (see {@link AppendicesPage}).
 * <p>
 * The entries of one name (a split listing such as Loxodonta africana in I and II) make one taxon
 * with a listing per entry, dated from the day the edition is valid from. Taxa are matched as
 * {@link SpeciesPlusImporter} matches them ({@link TaxonMatcher}: accepted name, synonyms, name as
 * printed; an "X spp." entry by the higher taxon's name); a name several taxa answer to is reported
 * and skipped. A taxon not matched is added under the programme's higher taxon that includes it
 * (genus, family, order of the page's headings) when there is one. The listings a matched taxon gets
 * follow {@link EditionListings}.
 */
public class CitesAppendicesImporter implements IImporter {

	@Override
	public ImportPlan plan(Programme programme, InputStream input, String sourceName) throws IOException {
		ProblemLog log = new ProblemLog();
		String label = NLS.bind(Messages.CitesAppendicesImporter_label, sourceName);
		AppendicesPage page = AppendicesPage.read(input, log);
		if (page == null) {
			return PlannedImport.refused(log, label);
		}
		String source = page.validFromText() != null ? "CITES Appendices valid from " + page.validFromText() //$NON-NLS-1$
				: "CITES Appendices (" + sourceName + ", no date printed)"; //$NON-NLS-1$ //$NON-NLS-2$

		// the entries of one name together: a split listing is one taxon in two columns
		Map<String, List<AppendicesEntry>> byTaxon = new LinkedHashMap<>();
		for (AppendicesEntry entry : page.entries()) {
			byTaxon.computeIfAbsent(Values.nameKey(entry.citesName()), k -> new ArrayList<>()).add(entry);
		}

		TaxonMatcher matcher = new TaxonMatcher(programme);
		Ids ids = new Ids(programme);
		List<Change> changes = new ArrayList<>();
		List<EditionListings> listingChanges = new ArrayList<>();
		NewTaxa added = new NewTaxa(programme);
		int updated = 0;
		int unchanged = 0;
		int skipped = 0;
		for (List<AppendicesEntry> entries : byTaxon.values()) {
			AppendicesEntry first = entries.get(0);
			List<Listing> listings = entries.stream().map(e -> listing(e, page.validFrom(), source)).toList();
			TaxonMatcher.Match match = match(matcher, first);
			if (match.ambiguous()) {
				log.warning(first.line(), match.ambiguity(first.citesName(), true));
				skipped += entries.size();
				continue;
			}
			if (match.taxon() != null) {
				Taxon taxon = match.taxon();
				int before = changes.size() + listingChanges.size();
				names(taxon, first, changes);
				EditionListings listing = EditionListings.of(taxon, listings, page.validFrom(), first.line(), log);
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
			Taxon created = create(first, ids);
			created.getListings().addAll(listings);
			added.add(created, matcher.higher(first.higherNames()));
			matcher.index(created);
		}
		String summary = PlannedImport.summary(added.count(), updated, unchanged, skipped + log.rejectedCount(), true)
				+ " (" + source + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		return new PlannedImport(log, summary, label, domain -> commands(domain, added, changes, listingChanges));
	}

	private static List<Command> commands(EditingDomain domain, NewTaxa added, List<Change> changes,
			List<EditionListings> listingChanges) {
		List<Command> commands = new ArrayList<>(added.commands(domain));
		changes.forEach(change -> commands.add(change.command(domain)));
		listingChanges.forEach(change -> commands.add(change.command(domain)));
		return commands;
	}

	/** A species by its name; an "X spp." entry by the higher taxon's name, then as "X spp.". */
	private static TaxonMatcher.Match match(TaxonMatcher matcher, AppendicesEntry entry) {
		TaxonMatcher.Match match = matcher.match(entry.name(), List.of());
		if (entry.higherTaxon() && match.taxon() == null && !match.ambiguous()) {
			match = matcher.match(entry.citesName(), List.of());
		}
		return match;
	}

	/** The accepted and CITES names a matched taxon takes from the page when it has none. */
	private static void names(Taxon taxon, AppendicesEntry entry, List<Change> changes) {
		JwpPackage p = JwpPackage.eINSTANCE;
		if (taxon.getAcceptedName() == null || taxon.getAcceptedName().isBlank()) {
			changes.add(new Change(taxon, p.getTaxon_AcceptedName(), entry.acceptedName()));
		}
		if (taxon.getCitesName() == null || taxon.getCitesName().isBlank()) {
			changes.add(new Change(taxon, p.getTaxon_CitesName(), entry.citesName()));
		}
	}

	private static Taxon create(AppendicesEntry entry, Ids ids) {
		Taxon taxon = JwpFactory.eINSTANCE.createTaxon();
		taxon.setId(ids.allocate("tx-" + Values.slug(entry.acceptedName()))); //$NON-NLS-1$
		taxon.setAcceptedName(entry.acceptedName());
		taxon.setCitesName(entry.citesName());
		taxon.setRank(entry.rank());
		return taxon;
	}

	private static Listing listing(AppendicesEntry entry, LocalDate validFrom, String source) {
		Listing listing = JwpFactory.eINSTANCE.createListing();
		listing.setConvention(Convention.CITES);
		listing.setAppendix(entry.appendix());
		listing.setEffective(validFrom);
		listing.setPopulation(entry.remark().isEmpty() ? null : entry.remark());
		listing.setAnnotation(entry.annotation().isEmpty() ? null : entry.annotation());
		listing.setParty(entry.party().isEmpty() ? null : entry.party());
		listing.setSource(source);
		return listing;
	}
}
