package org.mea.jwp.core.registry;

/** What a registry holds: a contribution with its id and the plug-in that declared it. */
public interface Contributed {

	/** Unique id among the contributions of its kind. */
	String id();

	/** Symbolic name of the plug-in (or fragment) that declared it; JWP Workbench's own for built-in ones. */
	String contributor();
}
