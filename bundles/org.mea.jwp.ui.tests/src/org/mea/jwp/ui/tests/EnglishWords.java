package org.mea.jwp.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
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

	private final Set<String> english;
	private final Set<String> modelTexts = new HashSet<>();

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
				Enumeration<URL> originals = bundle.findEntries(base.substring(0, slash + 1), base.substring(slash + 1), false);
				if (originals != null) {
					words(load(originals.nextElement()), english);
				}
			}
		}
		english.removeAll(translated);
		return new EnglishWords(english);
	}

	/** Texts of the model's elements (activity texts, names...) are data, English or not: they are not checked. */
	public EnglishWords ignoringTextsOf(Resource resource) {
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				Object value = object.eGet(attribute);
				if (value instanceof String text && text.strip().length() >= 3) {
					modelTexts.add(text.strip());
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
		String rest = label;
		for (String data : modelTexts) {
			if (rest.contains(data)) {
				rest = rest.replace(data, " "); //$NON-NLS-1$
			}
		}
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
