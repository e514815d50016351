package org.mea.jwp.office;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.mea.jwp.office.PdfLayout.Line;
import org.mea.jwp.office.PdfLayout.Page;
import org.mea.jwp.office.PdfLayout.Word;

/**
 * What a reader finds on printed pages ({@link PdfLayout}): a table's heading row, the lines a
 * paragraph is set in, a running footer. Each answer says what is wrong in words, for the failure
 * message, or nothing when all is well.
 */
final class Reader {

	/** How far apart (points) the tops of two headings of one row may be. */
	private static final double SAME_ROW = 3;
	/** How far below the row's top (points) a heading's further words may wrap. */
	private static final double HEADING_DEPTH = 40;

	private Reader() {
	}

	/**
	 * Nothing when some page shows {@code headings} side by side, left to right, each complete
	 * (its words in its column, possibly wrapped); otherwise what comes closest.
	 */
	static Optional<String> headingRowMissing(PdfLayout layout, List<String> headings) {
		String first = words(headings.get(0))[0];
		int best = -1;
		String closest = "the first heading \"" + headings.get(0) + "\" is nowhere"; //$NON-NLS-1$ //$NON-NLS-2$
		for (Page page : layout.pages()) {
			for (Word anchor : page.words()) {
				if (!anchor.text().equals(first)) {
					continue;
				}
				List<Word> starts = new ArrayList<>(List.of(anchor));
				String missing = null;
				for (int h = 1; h < headings.size() && missing == null; h++) {
					Word previous = starts.get(h - 1);
					String start = words(headings.get(h))[0];
					Optional<Word> next = page.words().stream()
							.filter(w -> w.text().equals(start) && Math.abs(w.yMin() - anchor.yMin()) <= SAME_ROW
									&& w.xMin() > previous.xMin())
							.min((a, b) -> Double.compare(a.xMin(), b.xMin()));
					if (next.isPresent()) {
						starts.add(next.get());
					} else {
						missing = "\"" + headings.get(h) + "\" is not beside \"" + headings.get(h - 1) + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
				}
				for (int h = 0; h < starts.size() && missing == null; h++) {
					// a centred heading's second line may start left of its first word
					double left = h > 0 ? starts.get(h - 1).xMax() : 0;
					double right = h + 1 < starts.size() ? starts.get(h + 1).xMin() : page.width();
					if (!complete(page, headings.get(h), starts.get(h), left, right)) {
						missing = "\"" + headings.get(h) + "\" is cut or broken"; //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
				if (missing == null) {
					return Optional.empty();
				}
				if (starts.size() > best) {
					best = starts.size();
					closest = "page " + page.number() + ": " + missing; //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		return Optional.of(closest);
	}

	/** Whether the words of {@code heading} stand in order in its column, from {@code start} down. */
	private static boolean complete(Page page, String heading, Word start, double left, double right) {
		List<Word> column = page.words().stream()
				.filter(w -> w.yMin() >= start.yMin() - SAME_ROW && w.yMin() <= start.yMin() + HEADING_DEPTH
						&& w.xMin() >= left && w.xMin() < right - 1)
				.sorted((a, b) -> Math.abs(a.yMin() - b.yMin()) > SAME_ROW ? Double.compare(a.yMin(), b.yMin())
						: Double.compare(a.xMin(), b.xMin()))
				.toList();
		String[] wanted = words(heading);
		int found = 0;
		for (Word word : column) {
			if (found < wanted.length && word.text().equals(wanted[found])) {
				found++;
			}
		}
		return found == wanted.length;
	}

	/** A paragraph as set: its lines, and for each the width its words take (a leading number left out). */
	record SetParagraph(List<Line> lines, List<Double> widths) {
	}

	/**
	 * The lines {@code text} is set in, after its number {@code number} ("3."): found where a line
	 * starts with the paragraph's first words, then line by line (footers and lone numbers of other
	 * paragraphs skipped) until all its words are there; nothing when the words are not there in order.
	 */
	static Optional<SetParagraph> paragraph(PdfLayout layout, String number, String text, String footer) {
		String[] wanted = words(text);
		List<Line> lines = layout.lines();
		for (int i = 0; i < lines.size(); i++) {
			List<Word> start = withoutNumber(lines.get(i).words(), number);
			if (!startsWith(start, wanted, Math.min(4, wanted.length))) {
				continue;
			}
			List<Line> set = new ArrayList<>();
			List<Double> widths = new ArrayList<>();
			int found = 0;
			String partial = ""; //$NON-NLS-1$
			for (int j = i; j < lines.size() && found < wanted.length; j++) {
				Line line = lines.get(j);
				if (j > i && (isFooter(line, footer) || line.text().matches("\\d+\\."))) { //$NON-NLS-1$
					continue;
				}
				List<Word> words = withoutNumber(line.words(), number);
				for (Word word : words) {
					String read = partial + word.text();
					partial = ""; //$NON-NLS-1$
					if (found < wanted.length && read.endsWith("-") && !read.equals(wanted[found]) //$NON-NLS-1$
							&& wanted[found].startsWith(read)) {
						partial = read; // "on-" at a line's end, "going." on the next
						continue;
					}
					if (found >= wanted.length || !read.equals(wanted[found])) {
						return Optional.empty();
					}
					found++;
				}
				set.add(line);
				widths.add(words.stream().mapToDouble(Word::xMax).max().orElse(0)
						- words.stream().mapToDouble(Word::xMin).min().orElse(0));
			}
			return found == wanted.length ? Optional.of(new SetParagraph(set, widths)) : Optional.empty();
		}
		return Optional.empty();
	}

	/** The pages that do not end with the running footer {@code footer} and their own number. */
	static List<Integer> pagesWithoutFooter(PdfLayout layout, String footer) {
		List<Integer> without = new ArrayList<>();
		for (Page page : layout.pages()) {
			String wanted = compact(footer + page.number());
			if (page.lines().stream().noneMatch(line -> compact(line.text()).endsWith(wanted))) {
				without.add(page.number());
			}
		}
		return without;
	}

	/** Whether some line reads exactly {@code text}. */
	static boolean hasLine(PdfLayout layout, String text) {
		String wanted = String.join(" ", words(text)); //$NON-NLS-1$
		return layout.lines().stream().anyMatch(line -> line.text().equals(wanted));
	}

	private static boolean isFooter(Line line, String footer) {
		return compact(line.text()).startsWith(compact(footer));
	}

	private static List<Word> withoutNumber(List<Word> words, String number) {
		return !words.isEmpty() && words.get(0).text().equals(number) ? words.subList(1, words.size()) : words;
	}

	private static boolean startsWith(List<Word> words, String[] wanted, int count) {
		if (words.size() < count) {
			return false;
		}
		for (int k = 0; k < count; k++) {
			if (!words.get(k).text().equals(wanted[k])) {
				return false;
			}
		}
		return true;
	}

	static String[] words(String text) {
		return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toArray(String[]::new); //$NON-NLS-1$
	}

	private static String compact(String text) {
		return text.replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
