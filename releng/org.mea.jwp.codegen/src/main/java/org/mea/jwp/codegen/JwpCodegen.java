package org.mea.jwp.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the EMF model and edit code of JWP Workbench from
 * {@code bundles/org.mea.jwp.model/model/jwp.ecore} without an Eclipse workspace.
 * <p>
 * The genmodel is rebuilt from the ecore on every run and reconciled with the committed one, so
 * settings made in the genmodel are kept while classes added to the ecore are picked up. Generated
 * Java goes to {@code src-gen/} of {@code org.mea.jwp.model} and {@code org.mea.jwp.model.edit},
 * which is emptied and written afresh; hand-written code lives in {@code src/} and is never touched.
 * <p>
 * With {@code --check DIR} the bundles are copied to DIR, generated there, and compared with the
 * committed files: any difference fails (exit code 1), so that nobody hand-edits generated code or
 * forgets to commit a regeneration.
 */
public final class JwpCodegen {

	static final String MODEL = "org.mea.jwp.model";
	static final String EDIT = "org.mea.jwp.model.edit";
	private static final String GENMODEL = "model/jwp.genmodel";
	private static final String ECORE = "model/jwp.ecore";
	/** What a regeneration owns: compared by --check. */
	private static final List<String> GENERATED = List.of(MODEL + "/src-gen", EDIT + "/src-gen", MODEL + "/" + GENMODEL,
			EDIT + "/plugin.properties", EDIT + "/plugin.xml", EDIT + "/icons");

	private JwpCodegen() {
	}

	public static void main(String[] args) throws IOException {
		Path root = null;
		Path checkDir = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--root" -> root = Paths.get(args[++i]);
			case "--check" -> checkDir = Paths.get(args[++i]);
			default -> throw new IllegalArgumentException(
					"unknown argument " + args[i] + "; usage: --root DIR [--check WORKDIR]");
			}
		}
		if (root == null) {
			root = Paths.get("").toAbsolutePath();
		}
		Path bundles = root.resolve("bundles");
		if (checkDir == null) {
			generate(bundles);
			System.out.println("Generated model and edit code under " + bundles);
			return;
		}
		Path copy = checkDir.toAbsolutePath();
		deleteTree(copy);
		for (String bundle : List.of(MODEL, EDIT)) {
			copyTree(bundles.resolve(bundle), copy.resolve(bundle));
		}
		generate(copy);
		List<String> differences = compare(bundles, copy);
		if (!differences.isEmpty()) {
			System.err.println("The committed generated code differs from a fresh generation (" + differences.size()
					+ " files). Regenerate with: ./mvnw -q -f releng/org.mea.jwp.codegen exec:java");
			differences.stream().limit(40).forEach(d -> System.err.println("  " + d));
			// a plain exit would end the Maven JVM too: fail through an exception
			throw new IllegalStateException("generated code is out of date: " + differences.get(0));
		}
		System.out.println("Generated code is up to date (" + GENERATED + ")");
	}

	/**
	 * Generates model and edit code into {@code bundles/<bundle>/...}. {@code src-gen/} is emptied
	 * first: generated code is never merged with edits, so any edit there shows up as a difference.
	 * Behaviour belongs in {@code src/} (EOperation bodies delegate there through {@code body}
	 * annotations in the ecore).
	 */
	static void generate(Path bundles) throws IOException {
		for (String bundle : List.of(MODEL, EDIT)) {
			deleteTree(bundles.resolve(bundle).resolve("src-gen"));
		}
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		for (String bundle : List.of(MODEL, EDIT)) {
			URI location = URI.createFileURI(bundles.resolve(bundle).toAbsolutePath() + "/");
			// the generator writes through platform:/resource URIs; outside Eclipse they are mapped here
			EcorePlugin.getPlatformResourceMap().put(bundle, location);
			resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + bundle + "/", false),
					location);
		}
		if (GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.getDescriptors(GenModelPackage.eNS_URI).isEmpty()) {
			GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
					GenModelGeneratorAdapterFactory.DESCRIPTOR);
		}

		Resource ecore = resourceSet.getResource(platform(MODEL, ECORE), true);
		EPackage ePackage = (EPackage) ecore.getContents().get(0);

		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		genModel.initialize(Collections.singleton(ePackage));
		Path existing = bundles.resolve(MODEL).resolve(GENMODEL);
		if (Files.exists(existing)) {
			GenModel committed = (GenModel) resourceSet.getResource(platform(MODEL, GENMODEL), true).getContents()
					.get(0);
			genModel.reconcile(committed);
			committed.eResource().unload();
			resourceSet.getResources().remove(committed.eResource());
		} else {
			defaults(genModel);
		}
		Resource genResource = resourceSet.createResource(platform(MODEL, GENMODEL));
		genResource.getContents().add(genModel);
		genResource.save(Map.of(Resource.OPTION_LINE_DELIMITER, "\n"));

		genModel.setCanGenerate(true);
		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
			if (result.getSeverity() == Diagnostic.ERROR) {
				throw new IllegalStateException("EMF generation of " + type + " failed: " + describe(result));
			}
		}
		keepHandWrittenFactoryRegistration(bundles.resolve(EDIT).resolve("plugin.xml"));
	}

	/**
	 * The edit plug-in registers the hand-written item provider factory for the JWP package (its
	 * extension is marked {@code @generated NOT}). EMF keeps that extension and adds its own
	 * registration of the generated factory for the same package, after which EMF.Edit's registry
	 * could hand out either; the generated registration is dropped again.
	 */
	static void keepHandWrittenFactoryRegistration(Path pluginXml) throws IOException {
		String xml = Files.readString(pluginXml);
		if (!xml.contains("@generated NOT")) {
			return;
		}
		String kept = xml
				.replaceAll("(?s)\\n   <extension point=\"org\\.eclipse\\.emf\\.edit\\.itemProviderAdapterFactories\">"
						+ "\\n      <!-- @generated jwp -->\\n.*?</extension>\\n", "");
		if (!kept.equals(xml)) {
			Files.writeString(pluginXml, kept);
		}
	}

	/** Settings of a genmodel made from scratch; later runs keep whatever the committed genmodel says. */
	private static void defaults(GenModel genModel) {
		genModel.setModelName("Jwp");
		genModel.setModelPluginID(MODEL);
		genModel.setModelDirectory("/" + MODEL + "/src-gen");
		genModel.setEditPluginID(EDIT);
		genModel.setEditDirectory("/" + EDIT + "/src-gen");
		genModel.setEditPluginClass("org.mea.jwp.model.edit.internal.JwpEditPlugin");
		genModel.setComplianceLevel(org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel.JDK110_LITERAL);
		genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
		genModel.setOperationReflection(true);
		genModel.setImportOrganizing(true);
		genModel.setBundleManifest(true);
		genModel.setUpdateClasspath(false);
		genModel.setCopyrightText(
				"Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java");
		for (GenPackage genPackage : genModel.getGenPackages()) {
			genPackage.setPrefix("Jwp");
			genPackage.setBasePackage("org.mea.jwp");
			genPackage.setDisposableProviderFactory(true);
			genPackage.setMultipleEditorPages(false);
		}
	}

	private static URI platform(String bundle, String path) {
		return URI.createPlatformResourceURI("/" + bundle + "/" + path, false);
	}

	private static String describe(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder(diagnostic.getMessage());
		for (Diagnostic child : diagnostic.getChildren()) {
			text.append("\n  ").append(describe(child));
		}
		return text.toString();
	}

	/** Relative paths of generated files that differ, are missing or are extra in {@code generated}. */
	static List<String> compare(Path committed, Path generated) throws IOException {
		List<String> differences = new ArrayList<>();
		for (String owned : GENERATED) {
			TreeSet<String> files = new TreeSet<>(list(committed.resolve(owned)));
			files.addAll(list(generated.resolve(owned)));
			for (String file : files) {
				Path a = committed.resolve(owned).resolve(file);
				Path b = generated.resolve(owned).resolve(file);
				String name = file.isEmpty() ? owned : owned + "/" + file;
				if (!Files.exists(a)) {
					differences.add("not committed: " + name);
				} else if (!Files.exists(b)) {
					differences.add("no longer generated: " + name);
				} else if (Files.mismatch(a, b) >= 0) {
					differences.add("differs: " + name);
				}
			}
		}
		return differences;
	}

	private static List<String> list(Path base) throws IOException {
		if (!Files.exists(base)) {
			return List.of();
		}
		if (Files.isRegularFile(base)) {
			return List.of("");
		}
		try (Stream<Path> walk = Files.walk(base)) {
			return walk.filter(Files::isRegularFile).map(p -> base.relativize(p).toString().replace('\\', '/'))
					.toList();
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			walk.filter(p -> !from.relativize(p).startsWith("target") && !from.relativize(p).startsWith("bin"))
					.forEach(p -> {
						try {
							Path target = to.resolve(from.relativize(p).toString());
							if (Files.isDirectory(p)) {
								Files.createDirectories(target);
							} else {
								Files.copy(p, target);
							}
						} catch (IOException e) {
							throw new UncheckedIOException(e);
						}
					});
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
