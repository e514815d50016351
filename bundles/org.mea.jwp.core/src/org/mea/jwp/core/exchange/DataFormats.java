package org.mea.jwp.core.exchange;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.mea.jwp.core.exchange.spi.ExportContext;
import org.mea.jwp.core.exchange.spi.IExporter;
import org.mea.jwp.core.exchange.spi.IImporter;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.core.persistence.BoundedInput;
import org.mea.jwp.core.registry.ContributionRegistry;
import org.mea.jwp.core.registry.RegistryProblem;
import org.mea.jwp.model.Programme;

/**
 * The importers and exporters of this runtime: the formats declared to the extension points
 * {@value #IMPORTERS} and {@value #EXPORTERS} (the built-in ones are declared there too). Read on
 * the first {@link #get()}.
 * <p>
 * A declaration without id, name, class or extensions, or with an id already taken, is logged with
 * the contributing plug-in's name and left out. A format is found by its id or by its alias (the
 * short name people type); an alias that another format already has is logged and reported, and the
 * later format gets none ({@link FormatAliases}). A format's class is created when it is first used;
 * if that fails, or the importer or exporter throws a {@link RuntimeException} or
 * {@link LinkageError}, the failure is logged, the format is switched off for the session (it is
 * no longer listed, and {@link #problems()} says why) and the caller gets a
 * {@link DataFormatException} instead of the crash. {@link IOException}s are problems of the file,
 * not of the format: they reach the caller and switch nothing off.
 * <p>
 * Contributions run in plain {@code try}/{@code catch} rather than {@code SafeRunner}: the
 * checked {@code IOException} has to reach the caller unchanged, and {@code SafeRunner} would log
 * each failure a second time without the format's name.
 */
public final class DataFormats implements ContributionRegistry<DataFormat> {

	/** Id of the extension point for importers. */
	public static final String IMPORTERS = "org.mea.jwp.core.importers"; //$NON-NLS-1$
	/** Id of the extension point for exporters. */
	public static final String EXPORTERS = "org.mea.jwp.core.exporters"; //$NON-NLS-1$

	private static volatile DataFormats instance;

	private final List<Contribution> importers;
	private final List<Contribution> exporters;
	private final Map<DataFormat, Contribution> contributions = new HashMap<>();
	private final List<RegistryProblem> declarationProblems = new ArrayList<>();

	/** Reads the given declarations; for tests, which pass the elements of their own fragment. */
	DataFormats(IConfigurationElement[] importerElements, IConfigurationElement[] exporterElements) {
		this.importers = read(IMPORTERS, DataFormat.Kind.IMPORTER, importerElements);
		this.exporters = read(EXPORTERS, DataFormat.Kind.EXPORTER, exporterElements);
	}

	/** The formats of this runtime (outside OSGi: none). */
	public static DataFormats get() {
		DataFormats formats = instance;
		if (formats == null) {
			synchronized (DataFormats.class) {
				formats = instance;
				if (formats == null) {
					boolean running = Platform.isRunning();
					IConfigurationElement[] none = {};
					instance = formats = new DataFormats(
							running ? Platform.getExtensionRegistry().getConfigurationElementsFor(IMPORTERS) : none,
							running ? Platform.getExtensionRegistry().getConfigurationElementsFor(EXPORTERS) : none);
				}
			}
		}
		return formats;
	}

	/** The importers, then the exporters, that work, each by name. */
	@Override
	public List<DataFormat> contributions() {
		List<DataFormat> all = new ArrayList<>(importers());
		all.addAll(exporters());
		return List.copyOf(all);
	}

	/** The importers that work, by name. */
	public List<DataFormat> importers() {
		return usable(importers);
	}

	/** The exporters that work, by name. */
	public List<DataFormat> exporters() {
		return usable(exporters);
	}

	/**
	 * The working importer with this id ({@code org.mea.jwp.core.species.csv}) or alias
	 * ({@code species-csv}, in any case).
	 */
	public Optional<DataFormat> importer(String idOrAlias) {
		return find(importers(), idOrAlias);
	}

	/**
	 * The working exporter with this id ({@code org.mea.jwp.core.iati.xml}) or alias ({@code iati},
	 * in any case).
	 */
	public Optional<DataFormat> exporter(String idOrAlias) {
		return find(exporters(), idOrAlias);
	}

	/** By id first: an alias never hides an id (FormatAliases refuses such aliases anyway). */
	private static Optional<DataFormat> find(List<DataFormat> formats, String idOrAlias) {
		Optional<DataFormat> byId = formats.stream().filter(f -> f.id().equals(idOrAlias)).findFirst();
		if (byId.isPresent() || idOrAlias == null) {
			return byId;
		}
		String alias = idOrAlias.strip();
		return formats.stream().filter(f -> !f.alias().isEmpty() && f.alias().equalsIgnoreCase(alias)).findFirst();
	}

	/**
	 * Reads {@code input} with the importer and returns what importing it would change; the model
	 * is not changed.
	 *
	 * @param sourceName the file's name, for labels and messages
	 * @throws IOException when the input cannot be read, or is longer than
	 *             {@link BoundedInput#IMPORT_LIMIT} ({@link BoundedInput.TooLargeException})
	 * @throws DataFormatException when the importer is switched off or fails now (it then is)
	 */
	public ImportPlan plan(DataFormat importer, Programme programme, InputStream input, String sourceName)
			throws IOException, DataFormatException {
		Contribution contribution = contribution(importer, DataFormat.Kind.IMPORTER);
		IImporter code = contribution.instance(IImporter.class);
		ImportPlan plan;
		try {
			// bounded: importers may read the whole input at once, and /dev/zero never ends
			plan = code.plan(programme, new BoundedInput(input, BoundedInput.IMPORT_LIMIT, sourceName), sourceName);
		} catch (RuntimeException | LinkageError e) {
			throw contribution.fail(NLS.bind(Messages.DataFormats_failedReading, sourceName, e), e);
		}
		return GuardedPlan.of(plan, contribution, sourceName);
	}

	/**
	 * Writes the programme with the exporter. The output may hold a partial file when this throws:
	 * write to a temporary file and move it into place (see {@code SiblingFiles}).
	 *
	 * @throws IOException when the output cannot be written
	 * @throws DataFormatException when the exporter is switched off or fails now (it then is)
	 */
	public void write(DataFormat exporter, Programme programme, OutputStream output)
			throws IOException, DataFormatException {
		write(exporter, programme, output, ExportContext.of(programme));
	}

	/**
	 * Writes the programme with the exporter for {@code context} (the date of the taxa's listings).
	 * The output may hold a partial file when this throws, as for {@link #write(DataFormat, Programme, OutputStream)}.
	 *
	 * @throws IOException when the output cannot be written
	 * @throws DataFormatException when the exporter is switched off or fails now (it then is)
	 */
	public void write(DataFormat exporter, Programme programme, OutputStream output, ExportContext context)
			throws IOException, DataFormatException {
		Contribution contribution = contribution(exporter, DataFormat.Kind.EXPORTER);
		IExporter code = contribution.instance(IExporter.class);
		try {
			code.write(programme, output, context);
		} catch (RuntimeException | LinkageError e) {
			throw contribution.fail(NLS.bind(Messages.DataFormats_failedWriting, e), e);
		}
	}

	/**
	 * Contributions that are not used, or not as declared: declarations left out and aliases not
	 * given, then formats switched off this session, with the reason.
	 */
	@Override
	public List<RegistryProblem> problems() {
		List<RegistryProblem> result = new ArrayList<>(declarationProblems);
		for (Contribution contribution : all()) {
			if (contribution.failure() != null) {
				result.add(contribution.failure());
			}
		}
		return List.copyOf(result);
	}

	private List<Contribution> all() {
		List<Contribution> all = new ArrayList<>(importers);
		all.addAll(exporters);
		return all;
	}

	private static List<DataFormat> usable(List<Contribution> contributions) {
		return contributions.stream().filter(c -> c.failure() == null).map(Contribution::format)
				.sorted(Comparator.comparing((DataFormat f) -> f.name().toLowerCase(Locale.ROOT))
						.thenComparing(DataFormat::id))
				.toList();
	}

	private Contribution contribution(DataFormat format, DataFormat.Kind kind) {
		Objects.requireNonNull(format, "format"); //$NON-NLS-1$
		Contribution contribution = contributions.get(format);
		if (contribution == null || format.kind() != kind) {
			throw new IllegalArgumentException(format + " is not an " + kind.name().toLowerCase(Locale.ROOT) //$NON-NLS-1$
					+ " of this registry"); //$NON-NLS-1$
		}
		return contribution;
	}

	private List<Contribution> read(String point, DataFormat.Kind kind, IConfigurationElement[] elements) {
		String elementName = kind.name().toLowerCase(Locale.ROOT);
		List<Contribution> result = new ArrayList<>();
		Map<String, String> ids = new HashMap<>();
		FormatAliases aliases = new FormatAliases(Arrays.stream(elements).map(e -> e.getAttribute("id")) //$NON-NLS-1$
				.filter(id -> !blank(id)).collect(Collectors.toSet()));
		for (IConfigurationElement element : elements) {
			String contributor = ContributionRegistry.nameOf(element.getContributor());
			String id = element.getAttribute("id"); //$NON-NLS-1$
			String name = element.getAttribute("name"); //$NON-NLS-1$
			List<String> extensions = extensions(element.getAttribute("extensions")); //$NON-NLS-1$
			List<String> missing = new ArrayList<>();
			if (blank(id)) {
				missing.add("id"); //$NON-NLS-1$
			}
			if (blank(name)) {
				missing.add("name"); //$NON-NLS-1$
			}
			if (blank(element.getAttribute("class"))) { //$NON-NLS-1$
				missing.add("class"); //$NON-NLS-1$
			}
			if (extensions.isEmpty()) {
				missing.add("extensions"); //$NON-NLS-1$
			}
			String reason = null;
			if (!elementName.equals(element.getName())) {
				reason = "unknown element <" + element.getName() + ">; the extension point takes <" + elementName + ">"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else if (!missing.isEmpty()) {
				reason = "the declaration has no " + String.join(", ", missing) //$NON-NLS-1$ //$NON-NLS-2$
						+ " (an " + elementName + " needs id, name, class and extensions such as \"csv\")"; //$NON-NLS-1$ //$NON-NLS-2$
			} else if (ids.containsKey(id)) {
				reason = "the id is already declared by " + ids.get(id); //$NON-NLS-1$
			}
			if (reason != null) {
				declarationProblem(point, id, contributor, reason, "Ignored "); //$NON-NLS-1$
				continue;
			}
			ids.put(id, contributor);
			String alias = aliases.accept(id, contributor, element.getAttribute("alias"), //$NON-NLS-1$
					why -> declarationProblem(point, id, contributor, why, "")); //$NON-NLS-1$
			String description = element.getAttribute("description"); //$NON-NLS-1$
			DataFormat format = new DataFormat(kind, id, alias, name.strip(),
					description == null ? "" : description.strip(), //$NON-NLS-1$
					extensions, contributor);
			Contribution contribution = new Contribution(point, format, element);
			contributions.put(format, contribution);
			result.add(contribution);
		}
		return List.copyOf(result);
	}

	private void declarationProblem(String point, String id, String contributor, String reason, String logPrefix) {
		RegistryProblem problem = new RegistryProblem(point, id, contributor, reason);
		declarationProblems.add(problem);
		ILog.of(DataFormats.class).error(logPrefix + problem.message());
	}

	/** "csv, .TSV, *.txt" gives [csv, tsv, txt]. */
	static List<String> extensions(String declared) {
		if (declared == null) {
			return List.of();
		}
		return Arrays.stream(declared.split(",")) //$NON-NLS-1$
				.map(e -> e.strip().replaceFirst("^\\*?\\.", "").toLowerCase(Locale.ROOT)) //$NON-NLS-1$ //$NON-NLS-2$
				.filter(e -> !e.isEmpty()).distinct().toList();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
