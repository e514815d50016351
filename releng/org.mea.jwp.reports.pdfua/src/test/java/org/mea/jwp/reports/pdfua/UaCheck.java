package org.mea.jwp.reports.pdfua;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * A PDF checked against PDF/UA-1 with veraPDF (its own "greenfield" PDF parser, no PDFBox): compliant or
 * not, and the rules it fails, as veraPDF names them ("clause-test", e.g. 7.1-3) with the number of
 * failed checks and the rule's description from veraPDF's PDF/UA-1 profile.
 */
final class UaCheck {

	/** Rule ids in the order of the standard's clauses: 6.2-1 before 7.1-3 before 7.1-10 before 7.21.4.2-2. */
	static final Comparator<String> RULE_ORDER = (a, b) -> {
		String[] x = a.split("[.-]");
		String[] y = b.split("[.-]");
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			int c = number(x[i]) != number(y[i]) ? Integer.compare(number(x[i]), number(y[i])) : x[i].compareTo(y[i]);
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(x.length, y.length);
	};

	/** The outcome for one PDF: failed rules (id to number of failed checks) and their descriptions. */
	record Result(boolean compliant, SortedMap<String, Integer> failed, Map<String, String> descriptions) {
	}

	private static boolean initialised;

	private UaCheck() {
	}

	static synchronized Result check(Path pdf) throws Exception {
		if (!initialised) {
			VeraGreenfieldFoundryProvider.initialise();
			initialised = true;
		}
		try (VeraPDFFoundry foundry = Foundries.defaultInstance();
				PDFAParser parser = foundry.createParser(pdf.toFile(), PDFAFlavour.PDFUA_1);
				PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
			ValidationResult result = validator.validate(parser);
			SortedMap<String, Integer> failed = new TreeMap<>(RULE_ORDER);
			Map<String, String> descriptions = new TreeMap<>(RULE_ORDER);
			for (Map.Entry<RuleId, Integer> entry : result.getFailedChecks().entrySet()) {
				String id = id(entry.getKey());
				failed.put(id, entry.getValue());
				Rule rule = validator.getProfile().getRuleByRuleId(entry.getKey());
				descriptions.put(id, rule == null ? "(not in veraPDF's profile)" : rule.getDescription().strip());
			}
			return new Result(result.isCompliant(), failed, descriptions);
		}
	}

	private static String id(RuleId rule) {
		return rule.getClause() + "-" + rule.getTestNumber();
	}

	private static int number(String part) {
		try {
			return Integer.parseInt(part);
		} catch (NumberFormatException e) {
			return Integer.MAX_VALUE;
		}
	}
}
