package org.mea.jwp.bench;

import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mea.jwp.testing.programmes.SyntheticChanges;
import org.mea.jwp.testing.programmes.SyntheticProgramme;
import org.mea.jwp.core.merge.MergeResult;
import org.mea.jwp.core.merge.ProgrammeMerge;
import org.mea.jwp.model.Programme;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Three-way merge of two programmes of 10,015 activities (a synthetic programme of 51,100 objects)
 * with 1,000 edits on each side, validation of the merged programme included: what a secretariat
 * waits for after a pull. One merge per measurement; JMH prints the median (p0.50). Target on the
 * 2-core build machines: 2 s. Run: {@code releng/bench/model-benchmarks.sh MergeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = { "-Xms2g", "-Xmx2g" })
public class MergeBenchmark {

	private Programme base;
	private Programme ours;
	private Programme theirs;

	@Setup(Level.Trial)
	public void setUp() {
		base = SyntheticProgramme.create(51_100);
		ours = EcoreUtil.copy(base);
		theirs = EcoreUtil.copy(base);
		SyntheticChanges.apply(ours, 1_000, 0);
		SyntheticChanges.apply(theirs, 1_000, 1);
		if (!ProgrammeMerge.merge(base, ours, theirs).isClean()) {
			throw new IllegalStateException("the benchmark's edits are meant to be disjoint"); //$NON-NLS-1$
		}
	}

	@Benchmark
	public MergeResult merge() {
		return ProgrammeMerge.merge(base, ours, theirs);
	}
}
