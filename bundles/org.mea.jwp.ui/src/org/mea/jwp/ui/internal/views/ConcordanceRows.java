package org.mea.jwp.ui.internal.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.mea.jwp.core.SpeciesConcordance;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;

/**
 * The rows of the Species Concordance view: every entry computed once per change of the programme
 * (not once per cell), then filtered and sorted as lists, so that a programme with the complete
 * CITES and CMS lists (tens of thousands of taxa) opens, filters and sorts at once; the table shows
 * them virtually (only the rows in sight are made).
 */
final class ConcordanceRows {

	private List<SpeciesConcordance.Entry> all = List.of();
	private final Map<Taxon, SpeciesConcordance.Entry> byTaxon = new IdentityHashMap<>();
	private List<String> haystacks = List.of();
	private List<SpeciesConcordance.Entry> shown = List.of();
	private String query = ""; //$NON-NLS-1$
	private Comparator<SpeciesConcordance.Entry> order;

	/** Recomputes every entry as at {@code asAt}; keeps the filter and the order. */
	void compute(Programme programme, LocalDate asAt) {
		all = programme == null ? List.of() : SpeciesConcordance.of(programme, asAt);
		byTaxon.clear();
		List<String> texts = new ArrayList<>(all.size());
		for (SpeciesConcordance.Entry entry : all) {
			byTaxon.put(entry.taxon(), entry);
			texts.add(String.join("\u0000", entry.nameAsPrinted(), entry.commonNames(), entry.rank(), entry.citesName(), //$NON-NLS-1$
					entry.citesAppendix(), entry.cmsName(), entry.cmsAppendix(), entry.activities(),
					entry.differences())
					.toLowerCase(Locale.ROOT));
		}
		haystacks = texts;
		apply();
	}

	/** Shows the entries with {@code text} in any column (ignoring case); empty shows all. */
	void filter(String text) {
		query = text.strip().toLowerCase(Locale.ROOT);
		apply();
	}

	/** Orders the shown entries by {@code key}, descending when asked; null keeps the programme's order. */
	void sort(Function<SpeciesConcordance.Entry, String> key, boolean descending) {
		Comparator<SpeciesConcordance.Entry> comparator = Comparator.comparing(key, String.CASE_INSENSITIVE_ORDER);
		order = key == null ? null : descending ? comparator.reversed() : comparator;
		apply();
	}

	private void apply() {
		List<SpeciesConcordance.Entry> result = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			if (query.isEmpty() || haystacks.get(i).contains(query)) {
				result.add(all.get(i));
			}
		}
		if (order != null) {
			result.sort(order);
		}
		shown = result;
	}

	/** The entries shown, in order. */
	List<SpeciesConcordance.Entry> shown() {
		return shown;
	}

	/** Where {@code taxon} is among the entries shown; -1 when it is not shown. */
	int indexOf(Object taxon) {
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).taxon() == taxon) {
				return i;
			}
		}
		return -1;
	}

	/** The entry of {@code taxon}, or null when it is not in the programme. */
	SpeciesConcordance.Entry entry(Taxon taxon) {
		return byTaxon.get(taxon);
	}
}
