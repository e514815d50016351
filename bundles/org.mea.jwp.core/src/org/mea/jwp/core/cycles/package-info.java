/**
 * Reporting cycles: baselines recorded for a committee meeting, the comparison of two baselines (or
 * of a baseline and the programme as it is now), and the deadlines of the reports owed to the
 * committees.
 */
package org.mea.jwp.core.cycles;
