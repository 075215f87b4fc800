/**
 * The analyst's questions about channels, answered from the loaded graph: which channels run side by
 * side between two parties, how an outcome came about, who could have carried a message in time. Pure
 * code over a {@link org.backchannel.analysis.LoadedGraph}; each answer is a plain record that a
 * command line or a panel can show, and every claim in it points at the links and quotes it rests on.
 */
package org.backchannel.questions;
