/**
 * Model-aware three-way merge of programmes: elements matched by id, merged feature by feature,
 * ordered lists merged by position relative to their neighbours, and what cannot be merged named
 * as {@link org.mea.jwp.core.merge.Conflict}s that can be resolved by undoable commands. No UI and
 * no Git: the workbench's Merge Conflicts view and the Git merge driver build on it.
 */
package org.mea.jwp.core.merge;
