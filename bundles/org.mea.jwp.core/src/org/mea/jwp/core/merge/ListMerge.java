package org.mea.jwp.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Three-way merge of an ordered list of keys by position relative to neighbours: an element stays
 * when both sides kept it or one side added it; the side that reordered the common elements gives
 * the order, and the other side's insertions go in after the neighbour they followed. For lists of
 * values (entries without id), an entry both sides replaced by different entries is a conflict
 * (an edit is a remove plus an add), as is an entry one side replaced and the other deleted.
 */
final class ListMerge {

	private static final String START = "\u0000start"; //$NON-NLS-1$

	/** Entries of base one or both sides replaced, and what each side put in their place. */
	record Block(List<String> base, List<String> ours, List<String> theirs) {
	}

	/** The merged keys, whether both sides reordered differently, and the conflicting blocks. */
	record Result(List<String> keys, boolean orderConflict, List<Block> blocks) {
	}

	private ListMerge() {
	}

	/**
	 * @param keep keys of base that theirs removed but that stay (the element is kept by a conflict)
	 * @param skip keys theirs added that are not taken (a conflict keeps ours)
	 */
	static Result merge(List<String> base, List<String> ours, List<String> theirs, boolean values, Set<String> keep,
			Set<String> skip) {
		Set<String> b = new HashSet<>(base);
		Set<String> o = new HashSet<>(ours);
		Set<String> t = new HashSet<>(theirs);
		List<Block> blocks = new ArrayList<>();
		Set<String> skipped = new HashSet<>(skip);
		if (values) {
			blocks = replacedByBoth(base, ours, theirs, b, o, t);
			for (Block block : blocks) {
				skipped.addAll(block.theirs());
			}
		}
		List<String> bc = common(base, o, t);
		List<String> oc = common(ours, b, t);
		List<String> tc = common(theirs, b, o);
		boolean oursMoved = !oc.equals(bc);
		boolean theirsMoved = !tc.equals(bc);
		boolean orderConflict = oursMoved && theirsMoved && !oc.equals(tc);
		boolean oursFirst = oursMoved || !theirsMoved;
		List<String> primary = oursFirst ? ours : theirs;
		List<String> secondary = oursFirst ? theirs : ours;

		List<String> kept = new ArrayList<>();
		Set<String> keptSet = new HashSet<>();
		for (String k : primary) {
			if (stays(k, b, o, t, keep, skipped)) {
				kept.add(k);
				keptSet.add(k);
			}
		}
		Map<String, List<String>> inserted = new HashMap<>();
		String anchor = START;
		for (String k : secondary) {
			if (keptSet.contains(k)) {
				anchor = k;
			} else if (stays(k, b, o, t, keep, skipped)) {
				inserted.computeIfAbsent(anchor, a -> new ArrayList<>()).add(k);
			}
		}
		// the other side's insertions after a neighbour come after the first side's insertions there
		Set<String> second = new HashSet<>(secondary);
		List<String> result = new ArrayList<>(kept.size() + 8);
		List<String> pending = new ArrayList<>(inserted.getOrDefault(START, List.of()));
		for (String k : kept) {
			if (b.contains(k) || second.contains(k)) {
				result.addAll(pending);
				pending.clear();
			}
			result.add(k);
			pending.addAll(inserted.getOrDefault(k, List.of()));
		}
		result.addAll(pending);
		return new Result(result, orderConflict, blocks);
	}

	private static boolean stays(String k, Set<String> b, Set<String> o, Set<String> t, Set<String> keep,
			Set<String> skipped) {
		if (b.contains(k)) {
			return o.contains(k) && (t.contains(k) || keep.contains(k));
		}
		return o.contains(k) || (t.contains(k) && !skipped.contains(k));
	}

	private static List<String> common(List<String> list, Set<String> a, Set<String> c) {
		List<String> common = new ArrayList<>();
		for (String k : list) {
			if (a.contains(k) && c.contains(k)) {
				common.add(k);
			}
		}
		return common;
	}

	/** Base entries both sides removed where at least one side put something else in their place. */
	private static List<Block> replacedByBoth(List<String> base, List<String> ours, List<String> theirs, Set<String> b,
			Set<String> o, Set<String> t) {
		Map<String, String> oursAnchor = anchors(base, o);
		Map<String, String> theirsAnchor = anchors(base, t);
		Map<String, List<String>> oursAdded = additions(ours, b);
		Map<String, List<String>> theirsAdded = additions(theirs, b);
		Map<String, Block> blocks = new LinkedHashMap<>();
		for (String k : base) {
			if (o.contains(k) || t.contains(k)) {
				continue;
			}
			String ao = oursAnchor.get(k);
			String at = theirsAnchor.get(k);
			List<String> byOurs = oursAdded.getOrDefault(ao, List.of());
			List<String> byTheirs = theirsAdded.getOrDefault(at, List.of());
			if (byOurs.isEmpty() && byTheirs.isEmpty() || new HashSet<>(byOurs).equals(new HashSet<>(byTheirs))) {
				continue;
			}
			Block block = blocks.computeIfAbsent(ao + '\u0002' + at,
					x -> new Block(new ArrayList<>(), byOurs, byTheirs));
			block.base().add(k);
		}
		return new ArrayList<>(blocks.values());
	}

	/** For each base key the side removed, the nearest preceding base key the side kept. */
	private static Map<String, String> anchors(List<String> base, Set<String> side) {
		Map<String, String> anchors = new HashMap<>();
		String anchor = START;
		for (String k : base) {
			if (side.contains(k)) {
				anchor = k;
			} else {
				anchors.put(k, anchor);
			}
		}
		return anchors;
	}

	/** The keys a side added, grouped by the base key they follow. */
	private static Map<String, List<String>> additions(List<String> side, Set<String> b) {
		Map<String, List<String>> added = new HashMap<>();
		String anchor = START;
		for (String k : side) {
			if (b.contains(k)) {
				anchor = k;
			} else {
				added.computeIfAbsent(anchor, a -> new ArrayList<>()).add(k);
			}
		}
		return added;
	}
}
