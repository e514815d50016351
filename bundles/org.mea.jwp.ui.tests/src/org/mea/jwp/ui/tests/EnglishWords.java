package org.mea.jwp.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The words that give away English in a French or Spanish workbench: every word of the English
 * message catalogues that have a version in the language (ours and the platform's, through our
 * fragments), less every word that the catalogues of the language use too ("Programme", "Description",
 * "JWP Workbench", "XLIFF"...). A label that has one of them is English left behind, whether it came
 * from a catalogue or was never taken out of the code.
 */
public final class EnglishWords {

	private static final Pattern WORD = Pattern.compile("\\p{L}{3,}"); //$NON-NLS-1$

	/*
	 * Bundles the UI test harness adds to the product (Tycho's UI harness runs with the IDE
	 * application): their menu items and preference pages are not in JWP Workbench, so their
	 * texts are not checked.
	 */
	private static final Set<String> HARNESS = Set.of("org.eclipse.ui.ide", "org.eclipse.ui.ide.application", //$NON-NLS-1$ //$NON-NLS-2$
			"org.eclipse.ui.editors", "org.eclipse.ui.workbench.texteditor", "org.eclipse.ui.navigator", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"org.eclipse.ui.navigator.resources", "org.eclipse.ui.console", "org.eclipse.ui.intro", //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
			"org.eclipse.ui.cheatsheets", //$NON-NLS-1$
			"org.eclipse.ui.views.log", "org.eclipse.ui.monitoring", "org.eclipse.ui.genericeditor", //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
			"org.eclipse.ui.trace", //$NON-NLS-1$
			"org.eclipse.ltk.ui.refactoring", "org.eclipse.compare", "org.eclipse.team.ui", //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
			"org.eclipse.ui.externaltools", //$NON-NLS-1$
			"org.eclipse.search", "org.eclipse.help.ui", "org.eclipse.ui.browser", "org.eclipse.ui.themes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"org.mea.jwp.ui.tests"); //$NON-NLS-1$

	private final Set<String> english;
	private final Set<String> modelTexts = new HashSet<>();
	private final Set<String> harnessTexts = new HashSet<>();
	/** Every run of four words of the model's texts: what a view cuts out of one (a sub-item's meeting) is data too. */
	private final Set<String> modelRuns = new HashSet<>();

	private EnglishWords(Set<String> english) {
		this.english = english;
	}

	/** The English words no catalogue in {@code language} uses. */
	public static EnglishWords against(String language) throws IOException {
		Set<String> english = new HashSet<>();
		Set<String> translated = new HashSet<>();
		String suffix = "_" + language + ".properties"; //$NON-NLS-1$ //$NON-NLS-2$
		for (Bundle bundle : FrameworkUtil.getBundle(EnglishWords.class).getBundleContext().getBundles()) {
			if (bundle.getHeaders("").get("Fragment-Host") != null) { //$NON-NLS-1$ //$NON-NLS-2$
				continue; // searched through their hosts
			}
			Enumeration<URL> entries = bundle.findEntries("/", "*" + suffix, true); //$NON-NLS-1$ //$NON-NLS-2$
			for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
				String path = entry.getPath();
				if (path.contains("/target/") || path.contains("/bin/")) { //$NON-NLS-1$ //$NON-NLS-2$
					continue;
				}
				words(load(entry), translated);
				String base = path.substring(0, path.length() - suffix.length()) + ".properties"; //$NON-NLS-1$
				int slash = base.lastIndexOf('/');
				Enumeration<URL> originals = bundle.findEntries(base.substring(0, slash + 1), base.substring(slash + 1),
						false);
				if (originals != null) {
					words(load(originals.nextElement()), english);
				}
			}
		}
		// the language's own month and day names ("may" is May in Spanish too), and the names of the
		// languages as language pickers show them, each in itself ("English", "Français", "Español")
		java.text.DateFormatSymbols symbols = java.text.DateFormatSymbols.getInstance(Locale.forLanguageTag(language));
		for (String[] names : List.of(symbols.getMonths(), symbols.getShortMonths(), symbols.getWeekdays(),
				symbols.getShortWeekdays())) {
			for (String name : names) {
				translated.add(name.replace(".", "").toLowerCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		translated.add("english"); //$NON-NLS-1$
		english.removeAll(translated);
		EnglishWords words = new EnglishWords(english);
		for (Bundle bundle : FrameworkUtil.getBundle(EnglishWords.class).getBundleContext().getBundles()) {
			if (HARNESS.contains(bundle.getSymbolicName())) {
				words.harnessTexts(bundle);
			}
		}
		return words;
	}

	private void harnessTexts(Bundle bundle) throws IOException {
		Enumeration<URL> catalogues = bundle.findEntries("/", "*.properties", true); //$NON-NLS-1$ //$NON-NLS-2$
		for (URL url : catalogues == null ? Collections.<URL>emptyList() : Collections.list(catalogues)) {
			for (Object value : load(url).values()) {
				harnessTexts.add(plain(value.toString()));
			}
		}
		// what a test contributes in its plugin.xml (a data format made for the tests...)
		org.eclipse.core.runtime.IExtensionRegistry registry = org.eclipse.core.runtime.Platform.getExtensionRegistry();
		for (org.eclipse.core.runtime.IExtension extension : registry.getExtensions(
				org.eclipse.core.runtime.ContributorFactoryOSGi.createContributor(bundle))) {
			for (org.eclipse.core.runtime.IConfigurationElement element : extension.getConfigurationElements()) {
				for (String name : element.getAttributeNames()) {
					harnessTexts.add(plain(element.getAttribute(name)));
				}
				if (element.getValue() != null) {
					harnessTexts.add(plain(element.getValue()));
				}
			}
		}
	}

	/** Whether the bundle {@code id} is one the UI test harness adds to the product. */
	static boolean isHarness(String id) {
		return HARNESS.contains(id);
	}

	/** A text as compared: no mnemonic, no key shortcut, spaces and dashes made plain. */
	static String plain(String text) {
		String plain = text == null ? "" : text.replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
		int tab = plain.indexOf('\t');
		plain = tab < 0 ? plain : plain.substring(0, tab);
		return plain.replace('\u2013', '-').replace('\u2014', '-').replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Texts of the model's elements (activity texts, names...) are data, English or not: they are not checked. */
	public EnglishWords ignoringTextsOf(Resource resource) {
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				Object value = object.eGet(attribute);
				if (value instanceof String text && text.strip().length() >= 3) {
					modelTexts.add(plain(text));
					List<String> tokens = tokens(text);
					for (int i = 0; i + RUN <= tokens.size(); i++) {
						modelRuns.add(String.join(" ", tokens.subList(i, i + RUN))); //$NON-NLS-1$
					}
				}
			}
		}
		return this;
	}

	/** How many words give English away. */
	public int size() {
		return english.size();
	}

	/** The English words in {@code label} once the model's texts are taken out of it; empty when none. */
	public Set<String> in(String label) {
		if (label == null || label.isBlank()) {
			return Set.of();
		}
		String rest = plain(label);
		if (rest.matches("[\\w.-]+\\.[\\w.-]+")) { //$NON-NLS-1$
			return Set.of(); // an identifier (a rule's id), not words
		}
		for (String harness : harnessTexts) {
			if (!harness.isEmpty() && (rest.equals(harness) || harness.length() > 12 && rest.contains(harness))) {
				return Set.of();
			}
		}
		// the longest first: a short text ("CMS") taken out of a long one would keep that one from matching
		List<String> longestFirst = modelTexts.stream().sorted(Comparator.comparingInt(String::length).reversed())
				.toList();
		// the beginning of a text where a label cuts it short with an ellipsis
		for (String data : longestFirst) {
			int at = data.length() < 24 ? -1 : rest.indexOf(data.substring(0, 24));
			while (at >= 0) {
				int length = 0;
				while (at + length < rest.length() && length < data.length()
						&& rest.charAt(at + length) == data.charAt(length)) {
					length++;
				}
				if (at + length >= rest.length() || rest.charAt(at + length) != '\u2026') {
					break; // another text that begins the same way, not this one cut short
				}
				rest = rest.substring(0, at) + " " + rest.substring(at + length + 1); //$NON-NLS-1$
				at = rest.indexOf(data.substring(0, 24));
			}
		}
		for (String data : longestFirst) {
			if (rest.contains(data)) {
				rest = rest.replace(data, " "); //$NON-NLS-1$
			}
		}
		// words covered by a run of four words of the model's texts are data
		List<String> tokens = tokens(rest);
		boolean[] data = new boolean[tokens.size()];
		for (int i = 0; i + RUN <= tokens.size(); i++) {
			if (modelRuns.contains(String.join(" ", tokens.subList(i, i + RUN)))) { //$NON-NLS-1$
				java.util.Arrays.fill(data, i, i + RUN, true);
			}
		}
		StringBuilder words = new StringBuilder();
		for (int i = 0; i < tokens.size(); i++) {
			if (!data[i]) {
				words.append(tokens.get(i)).append(' ');
			}
		}
		rest = words.toString();
		Set<String> found = new HashSet<>();
		Matcher matcher = WORD.matcher(rest);
		while (matcher.find()) {
			String word = matcher.group().toLowerCase(Locale.ROOT);
			if (english.contains(word)) {
				found.add(matcher.group());
			}
		}
		return found;
	}

	private static final int RUN = 4;

	private static List<String> tokens(String text) {
		return java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty()).toList(); //$NON-NLS-1$
	}

	private static Properties load(URL url) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(in);
		}
		return properties;
	}

	private static void words(Properties catalogue, Set<String> into) {
		for (Object value : catalogue.values()) {
			// {0} and the like, mnemonics, and the tags of HTML-ish texts are not words
			String text = value.toString().replaceAll("\\{\\d+[^}]*\\}", " ").replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Matcher matcher = WORD.matcher(text.replaceAll("<[^>]+>", " ")); //$NON-NLS-1$ //$NON-NLS-2$
			while (matcher.find()) {
				into.add(matcher.group().toLowerCase(Locale.ROOT));
			}
		}
	}
}
