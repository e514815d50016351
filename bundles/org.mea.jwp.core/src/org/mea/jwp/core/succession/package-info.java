/**
 * The programme after a programme: {@link org.mea.jwp.core.succession.Continuation} makes the
 * programme of a new period that carries forward the activities not completed.
 */
package org.mea.jwp.core.succession;
