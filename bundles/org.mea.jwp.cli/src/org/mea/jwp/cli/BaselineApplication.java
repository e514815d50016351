package org.mea.jwp.cli;

import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Eclipse application behind {@code jwp baseline}: runs {@link BaselineCommand} with the command-line arguments. */
public class BaselineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		int code = new BaselineCommand(System.out, System.err, java.time.LocalDate.now()).run(Arrays.asList(args == null ? new String[0] : args));
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// the command runs to its end; nothing to interrupt
	}
}
