package org.backchannel.questions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.analysis.LoadedGraph;
import org.backchannel.model.GraphLink;
import org.backchannel.model.GraphNode;
import org.backchannel.model.LinkType;
import org.backchannel.model.NodeKind;

/**
 * Bypass: someone dealt through a back channel while holding an office the data dates, but none in their
 * side's government departments (organizations of category {@code government} among the side's members
 * in which the data records an office: the official line, as far as the data knows it).
 * Only what the data holds: an undated office in a department, or one the dates may put in the
 * exchange's period, means no flag; a side with no department in the data gets a limit, not a flag.
 */
final class BypassFlags {

    static final String GOVERNMENT = "government";

    private final LoadedGraph graph;
    private final List<ChannelFlag> flags;
    private final List<String> limits;
    /** A hub of a large store takes part in thousands of exchanges; its offices are looked up once. */
    private final Map<String, List<GraphLink>> officesOf = new HashMap<>();

    BypassFlags(LoadedGraph graph, List<ChannelFlag> flags, List<String> limits) {
        this.graph = graph;
        this.flags = flags;
        this.limits = limits;
    }

    void findFor(GraphNode party, Set<String> members, List<ChannelRow> rows) {
        List<ChannelRow> backRows = rows.stream().filter(r -> r.tier() == Tier.BACK && !r.exchanges().isEmpty()).toList();
        if (backRows.isEmpty() || party.kind() != NodeKind.ORGANIZATION) {
            return;
        }
        Set<String> departments = members.stream().map(graph::node).flatMap(Optional::stream)
                .filter(n -> n.kind() == NodeKind.ORGANIZATION && GOVERNMENT.equals(n.category()))
                .filter(n -> graph.linksOf(n.id()).stream().anyMatch(l -> l.type() == LinkType.HOLDS_OFFICE))
                .map(GraphNode::id).collect(Collectors.toCollection(LinkedHashSet::new));
        if (departments.isEmpty()) {
            limits.add("The data names no government department with its offices for " + party.name()
                    + ", so whether its side of a back channel went around an official line cannot be told.");
            return;
        }
        for (ChannelRow row : backRows) {
            for (GraphLink exchange : row.exchanges()) {
                Optional<DateWindow> when = DateWindow.of(exchange.span());
                if (when.isEmpty()) {
                    continue;
                }
                for (String end : List.of(exchange.fromId(), exchange.toId())) {
                    if (members.contains(end)) {
                        check(row, exchange, when.get(), graph.node(end).orElseThrow(), departments);
                    }
                }
            }
        }
    }

    private void check(ChannelRow row, GraphLink exchange, DateWindow when, GraphNode person, Set<String> departments) {
        if (person.kind() != NodeKind.ACTOR) {
            return;
        }
        List<GraphLink> offices = officesOf.computeIfAbsent(person.id(), id -> graph.linksOf(id).stream()
                .filter(l -> l.type() == LinkType.HOLDS_OFFICE && l.fromId().equals(id)).toList());
        List<GraphLink> held = offices.stream().filter(o -> DateWindow.certainlyCovers(o.span(), when)).toList();
        List<GraphLink> inDepartments = offices.stream().filter(o -> departments.contains(o.toId())).toList();
        boolean mayBeInDepartment = inDepartments.stream()
                .anyMatch(o -> DateWindow.of(o.span()).map(w -> w.mayOverlap(when)).orElse(true));
        if (held.isEmpty() || mayBeInDepartment) {
            return;
        }
        String other = graph.node(LoadedGraph.otherEnd(exchange, person.id())).map(GraphNode::name).orElse("?");
        String departmentNames = departments.stream().map(id -> graph.node(id).map(GraphNode::name).orElse(id))
                .collect(Collectors.joining(", "));
        StringBuilder summary = new StringBuilder()
                .append(exchange.span()).append(": ").append(person.name()).append(" dealt with ").append(other)
                .append(" through ").append(row.channel().name()).append(" as ")
                .append(held.stream().map(o -> o.role() + " (" + o.span() + ")").collect(Collectors.joining(", ")))
                .append(", holding no office in ").append(departmentNames).append(" then");
        if (!inDepartments.isEmpty()) {
            summary.append(" (the data dates ").append(inDepartments.stream().map(o -> o.role() + " " + o.span())
                    .collect(Collectors.joining(", "))).append(")");
        }
        summary.append('.');
        List<GraphLink> evidence = new ArrayList<>();
        evidence.add(exchange);
        evidence.addAll(held);
        inDepartments.stream().filter(o -> !evidence.contains(o)).forEach(evidence::add);
        flags.add(new ChannelFlag(ChannelFlag.Kind.BYPASS, summary.toString(), true, List.of(row.channel(), person), evidence));
    }
}
