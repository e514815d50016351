package org.mea.jwp.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Eclipse application behind every headless command ({@code jwp report}, {@code export},
 * {@code import}, {@code baseline}, {@code diff}): plugin.xml declares one application per command,
 * each with this class and the command's name as its {@code command} parameter. The command runs
 * through {@link Commands#run}, so an unexpected failure is one line and a non-zero exit code.
 */
public class CommandApplication implements IApplication, IExecutableExtension {

	private String name;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data)
			throws CoreException {
		if (data instanceof Map<?, ?> parameters && parameters.get("command") instanceof String command) { //$NON-NLS-1$
			name = command;
		} else {
			throw new CoreException(
					Status.error("the application " + config.getDeclaringExtension().getUniqueIdentifier() //$NON-NLS-1$
							+ " does not name its command (parameter \"command\")")); //$NON-NLS-1$
		}
	}

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> arguments = Arrays.asList(args == null ? new String[0] : args);
		return Integer.valueOf(Commands.runNamed(name, arguments, System.out, System.err));
	}

	@Override
	public void stop() {
		// the command runs to its end; nothing to interrupt
	}
}
