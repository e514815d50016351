package org.mea.jwp.cli;

import java.util.List;

/** A headless command ({@code jwp report}, {@code jwp diff}...): runs with its arguments, returns the exit code. */
@FunctionalInterface
interface Command {
	int run(List<String> args);
}
