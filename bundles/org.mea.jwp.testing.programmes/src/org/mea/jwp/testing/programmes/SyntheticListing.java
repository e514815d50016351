package org.mea.jwp.testing.programmes;

import java.util.Locale;

/**
 * A Species+ "CITES listings" download of a given size, in the export's columns and value forms
 * (split listings, Appendix III with a Party, notes of one line per appendix, "spp." listings,
 * subspecies), with made-up names. Deterministic for a given size. For the benchmarks of the
 * complete lists (the CITES and CMS lists hold tens of thousands of taxa), not for the product.
 */
public final class SyntheticListing {

	private static final String HEADER = "Id,Kingdom,Phylum,Class,Order,Family,Genus,Species,Subspecies,Scientific Name," //$NON-NLS-1$
			+ "Author,Rank,Listing,Party,Listed under,Full note,# Full note\n"; //$NON-NLS-1$
	private static final String[] LISTINGS = { "II", "II", "II", "I", "I/II", "III", "II/NC" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	private static final String[] SYLLABLES = { "ka", "lo", "mi", "nu", "ra", "se", "ti", "vo", "ze", "bu", "de", //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$//$NON-NLS-4$//$NON-NLS-5$//$NON-NLS-6$//$NON-NLS-7$//$NON-NLS-8$//$NON-NLS-9$//$NON-NLS-10$//$NON-NLS-11$
			"fa" }; //$NON-NLS-1$

	private SyntheticListing() {
	}

	/** The CSV text of {@code taxa} rows: one genus in 20, one family in 200, one order in 2,000 rows. */
	public static String citesListings(int taxa) {
		StringBuilder csv = new StringBuilder(taxa * 160).append(HEADER);
		for (int i = 0; i < taxa; i++) {
			String order = capital(word(i / 2000, 3)) + "iformes"; //$NON-NLS-1$
			String family = capital(word(i / 200, 3)) + "idae"; //$NON-NLS-1$
			String genus = capital(word(i / 20, 3));
			String species = word(i, 4);
			boolean subspecies = i % 10 == 9;
			String name = genus + " " + species + (subspecies ? " " + word(i * 7, 3) : ""); //$NON-NLS-1$ //$NON-NLS-2$
			String listing = LISTINGS[i % LISTINGS.length];
			String listedUnder = i % 20 < 5 ? genus + " spp." : name; //$NON-NLS-1$
			String note = listing.equals("I/II") //$NON-NLS-1$
					? "\"**I** Except the populations of Nowhere and Elsewhere, which are included in Appendix II.\n**II** Only the populations of Nowhere and Elsewhere.\"" //$NON-NLS-1$
					: "**" + listing.replace("/NC", "") + "** "; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			csv.append(100_000 + i).append(",Animalia,Chordata,Mammalia,").append(order).append(',').append(family) //$NON-NLS-1$
					.append(',')
					.append(genus).append(',').append(species).append(',')
					.append(subspecies ? name.substring(name.lastIndexOf(' ') + 1) : "") //$NON-NLS-1$
					.append(',').append(name).append(",\"(Author, ").append(1758 + i % 250).append(")\",") //$NON-NLS-1$ //$NON-NLS-2$
					.append(subspecies ? "SUBSPECIES" : "SPECIES").append(',').append(listing).append(',') //$NON-NLS-1$ //$NON-NLS-2$
					.append(listing.equals("III") ? "GH" : "").append(',').append(listedUnder).append(',').append(note) //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
					.append(",\n"); //$NON-NLS-1$
		}
		return csv.toString();
	}

	private static String word(int n, int syllables) {
		StringBuilder word = new StringBuilder();
		int rest = Math.abs(n);
		for (int i = 0; i < syllables; i++) {
			word.append(SYLLABLES[rest % SYLLABLES.length]);
			rest /= SYLLABLES.length;
		}
		return word.toString();
	}

	private static String capital(String word) {
		return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}
}
