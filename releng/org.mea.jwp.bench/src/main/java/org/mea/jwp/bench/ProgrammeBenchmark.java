package org.mea.jwp.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.mea.jwp.testing.programmes.SyntheticProgramme;
import org.mea.jwp.core.internal.validation.ConstraintRegistry;
import org.mea.jwp.core.persistence.JwpResourceFactory;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.validation.ProgrammeValidation;
import org.mea.jwp.model.Programme;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Load, validate and save of synthetic programmes of 1k, 10k and 100k objects. Each measurement
 * is one whole operation (single-shot), as a user experiences it; JMH prints the median (p0.50).
 * Target on the 2-core build machines: 100k objects load, validate and save within 1 s each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = { "-Xms2g", "-Xmx2g" })
public class ProgrammeBenchmark {

	@Param({ "1000", "10000", "100000" })
	public int objects;

	private byte[] xml;
	private Resource resource;
	private Path dir;
	private final ProgrammeStore store = new ProgrammeStore();

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		Programme programme = SyntheticProgramme.create(objects);
		resource = JwpResourceFactory.register(new ResourceSetImpl()).createResource(URI.createURI("bench.jwp"));
		resource.getContents().add(programme);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, Map.of());
		xml = out.toByteArray();
		dir = Files.createTempDirectory("jwp-bench");
		System.out.printf("%n%d objects requested, %d in the model, %d KB of XMI%n", objects,
				SyntheticProgramme.count(programme), xml.length / 1024);
	}

	@TearDown(Level.Trial)
	public void tearDown() throws IOException {
		try (var files = Files.list(dir)) {
			for (Path p : files.toList()) {
				Files.delete(p);
			}
		}
		Files.delete(dir);
	}

	/** Parse a programme file (from memory, so that disk caching does not blur the figure). */
	@Benchmark
	public Resource load() throws IOException {
		return store.load(new ByteArrayInputStream(xml), URI.createURI("bench.jwp"), null);
	}

	/** All built-in constraints over the whole programme. */
	@Benchmark
	public Diagnostic validate() {
		return ProgrammeValidation.validate(resource.getContents().get(0), LocalDate.of(2014, 12, 31),
				ConstraintRegistry.builtins());
	}

	/** Atomic save to disk with backup and fsync, as the editor saves. */
	@Benchmark
	public Path save() throws IOException {
		Path file = dir.resolve("bench.jwp");
		store.save(resource, file);
		return file;
	}
}
