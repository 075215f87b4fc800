package org.backchannel.perspective;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.backchannel.model.ChannelType;

/**
 * A first perspective for a database Backchannel has not seen, from its schema and a sample of its
 * values: labels and types by the words of their names and by what they join, property roles by the
 * usual key names, date formats by what the sampled values look like, channel-type values by their
 * words. It is a proposal the user corrects in a dialog, so it errs towards "other": a label it does
 * not recognise is drawn as itself, not forced into a kind.
 */
public final class PerspectiveProposal {

    private static final Map<NodeRole, List<String>> LABEL_WORDS = new LinkedHashMap<>();
    static {
        LABEL_WORDS.put(NodeRole.EXCHANGE, List.of("meeting", "call", "cable", "email", "message", "letter", "telegram",
                "conversation", "communication", "phonecall", "contact", "exchange"));
        LABEL_WORDS.put(NodeRole.ACTOR, List.of("person", "people", "actor", "official", "diplomat", "individual", "agent",
                "envoy", "minister", "ambassador", "politician", "human", "user"));
        LABEL_WORDS.put(NodeRole.ORGANIZATION, List.of("organization", "organisation", "embassy", "country", "state", "government",
                "ministry", "agency", "institution", "company", "party", "department", "office", "nation", "org"));
        LABEL_WORDS.put(NodeRole.CHANNEL, List.of("channel"));
        LABEL_WORDS.put(NodeRole.EVENT, List.of("event", "summit", "conference", "crisis", "visit", "incident", "negotiation", "talks"));
        LABEL_WORDS.put(NodeRole.OUTCOME, List.of("outcome", "agreement", "treaty", "result", "accord", "deal"));
    }

    private static final Map<LinkRole, List<String>> TYPE_WORDS = new LinkedHashMap<>();
    static {
        TYPE_WORDS.put(LinkRole.FROM, List.of("from", "sent", "sender", "caller", "called", "wrote", "authored", "organized", "hosted"));
        TYPE_WORDS.put(LinkRole.TO, List.of("to", "received", "recipient", "addressed", "callee"));
        TYPE_WORDS.put(LinkRole.PARTY, List.of("attended", "participated", "party", "present", "joined", "took"));
        TYPE_WORDS.put(LinkRole.LED_TO, List.of("led", "resulted", "caused", "produced", "outcome", "result"));
        TYPE_WORDS.put(LinkRole.PARTICIPATION, List.of("member", "works", "employed", "affiliated", "participates", "part",
                "represents", "serves", "belongs"));
    }

    private static final List<String> EXCHANGE_TYPE_WORDS = List.of("cable", "called", "call", "spoke", "met", "wrote", "email",
            "emailed", "message", "messaged", "talked", "contacted", "sent", "telegram", "letter", "phoned");

    private static final Map<String, List<String>> PROPERTY_WORDS = new LinkedHashMap<>();
    static {
        PROPERTY_WORDS.put("name", List.of("name", "fullname", "full_name", "title", "label", "caption", "displayname"));
        PROPERTY_WORDS.put("date", List.of("date", "sentat", "sent_at", "sent", "timestamp", "time", "when", "day", "datetime",
                "occurredat", "occurred", "on", "heldon", "held_on"));
        PROPERTY_WORDS.put("start", List.of("start", "startdate", "start_date", "from", "begin", "since", "validfrom", "valid_from"));
        PROPERTY_WORDS.put("end", List.of("end", "enddate", "end_date", "until", "to", "validto", "valid_to"));
        PROPERTY_WORDS.put("channelType", List.of("channeltype", "channel_type", "channel", "medium", "via", "mode"));
        PROPERTY_WORDS.put("secrecy", List.of("secrecy", "classification", "confidentiality"));
        PROPERTY_WORDS.put("quote", List.of("quote", "excerpt", "text", "body", "summary", "content"));
        PROPERTY_WORDS.put("source", List.of("source", "sourceurl", "source_url", "reference", "citation", "url", "ref"));
    }

    private static final Map<ChannelType, List<String>> CHANNEL_WORDS = new LinkedHashMap<>();
    static {
        CHANNEL_WORDS.put(ChannelType.BACK_CHANNEL, List.of("back", "backchannel", "secret", "private", "informal"));
        CHANNEL_WORDS.put(ChannelType.HEAD_OF_STATE_LINE, List.of("hotline", "phone", "call", "telephone", "head"));
        CHANNEL_WORDS.put(ChannelType.OFFICIAL_TALKS, List.of("summit", "talks", "meeting", "negotiation", "official", "conference"));
        CHANNEL_WORDS.put(ChannelType.DIPLOMATIC_MISSION, List.of("cable", "embassy", "diplomatic", "mission", "telegram", "note"));
        CHANNEL_WORDS.put(ChannelType.TRUSTED_EMISSARY, List.of("emissary", "envoy", "intermediary", "messenger"));
        CHANNEL_WORDS.put(ChannelType.INTELLIGENCE, List.of("intelligence", "spy", "cia", "kgb", "svr", "gru", "mi6"));
        CHANNEL_WORDS.put(ChannelType.PARLIAMENTARY, List.of("parliament", "parliamentary", "congress", "senate", "duma"));
        CHANNEL_WORDS.put(ChannelType.CIVIL_SOCIETY, List.of("ngo", "academic", "track", "civil", "dartmouth", "pugwash"));
    }

    private PerspectiveProposal() {
    }

    public static Perspective propose(SchemaSample sample) {
        Map<String, NodeRole> labels = new TreeMap<>();
        for (SchemaSample.LabelSample label : sample.labels()) {
            labels.put(label.label(), roleByWords(words(label.label()), LABEL_WORDS).orElse(NodeRole.OTHER));
        }
        Map<String, LinkRole> types = new TreeMap<>();
        for (SchemaSample.TypeSample type : sample.types()) {
            types.put(type.type(), linkRole(type, labels));
        }
        // A label proposed as an exchange that no party tie reaches is not drawn as links: keep it a node.
        labels.replaceAll((label, role) -> role == NodeRole.EXCHANGE && !reachedByParties(label, sample, types) ? NodeRole.EVENT : role);
        PropertyRoles properties = properties(sample);
        Map<String, DateFormat> formats = new TreeMap<>();
        Map<String, List<Object>> values = valuesByKey(sample);
        for (String key : dateKeys(properties)) {
            formats.put(key, DateFormatGuess.of(values.getOrDefault(key, List.of())));
        }
        Map<String, String> exchangeChannels = new TreeMap<>();
        Set<String> channelValues = new LinkedHashSet<>();
        for (String key : properties.channelType()) {
            values.getOrDefault(key, List.of()).forEach(v -> channelValues.add(ValueText.of(v)));
        }
        labels.forEach((label, role) -> {
            if (role == NodeRole.EXCHANGE) {
                exchangeChannels.put(label, String.join(" ", words(label)));
            }
        });
        types.forEach((type, role) -> {
            if (role == LinkRole.EXCHANGE) {
                exchangeChannels.put(type, String.join(" ", words(type)));
            }
        });
        channelValues.addAll(exchangeChannels.values());
        Map<String, ChannelType> channelTypes = new TreeMap<>();
        for (String value : channelValues) {
            roleByWords(words(value), CHANNEL_WORDS).ifPresent(t -> channelTypes.put(value, t));
        }
        return new Perspective(labels, types, properties, formats, channelTypes, exchangeChannels);
    }

    private static LinkRole linkRole(SchemaSample.TypeSample type, Map<String, NodeRole> labels) {
        List<String> words = words(type.type());
        boolean toExchange = type.toLabels().stream().anyMatch(l -> labels.get(l) == NodeRole.EXCHANGE);
        boolean fromExchange = type.fromLabels().stream().anyMatch(l -> labels.get(l) == NodeRole.EXCHANGE);
        if (toExchange || fromExchange) {
            // "SENT_TO" names the recipient even though it says "sent": the recipient's words go first.
            return roleByWords(words, only(LinkRole.TO, LinkRole.FROM, LinkRole.PARTY)).orElse(LinkRole.PARTY);
        }
        boolean betweenParties = isParty(type.fromLabels(), labels) && isParty(type.toLabels(), labels);
        if (betweenParties && words.stream().anyMatch(EXCHANGE_TYPE_WORDS::contains)) {
            return LinkRole.EXCHANGE;
        }
        return roleByWords(words, only(LinkRole.LED_TO, LinkRole.PARTICIPATION)).orElse(LinkRole.OTHER);
    }

    private static Map<LinkRole, List<String>> only(LinkRole... roles) {
        Map<LinkRole, List<String>> vocabulary = new LinkedHashMap<>();
        for (LinkRole role : roles) {
            vocabulary.put(role, TYPE_WORDS.get(role));
        }
        return vocabulary;
    }

    private static boolean isParty(Set<String> ends, Map<String, NodeRole> labels) {
        return !ends.isEmpty() && ends.stream().allMatch(l -> labels.get(l) == NodeRole.ACTOR || labels.get(l) == NodeRole.ORGANIZATION);
    }

    private static boolean reachedByParties(String label, SchemaSample sample, Map<String, LinkRole> types) {
        return sample.types().stream().anyMatch(t -> LinkRole.PARTIES.contains(types.get(t.type()))
                && (t.toLabels().contains(label) || t.fromLabels().contains(label)));
    }

    private static PropertyRoles properties(SchemaSample sample) {
        Map<String, List<Object>> values = valuesByKey(sample);
        Map<String, List<String>> roles = new HashMap<>();
        PROPERTY_WORDS.forEach((role, names) -> {
            List<String> keys = new ArrayList<>();
            for (String name : names) {
                values.keySet().stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(name)).sorted().forEach(keys::add);
            }
            roles.put(role, keys);
        });
        // A property that holds Neo4j dates is a date whatever it is called.
        values.forEach((key, sampled) -> {
            boolean temporal = !sampled.isEmpty() && sampled.stream().allMatch(v -> v instanceof Temporal);
            boolean taken = roles.values().stream().anyMatch(keys -> keys.contains(key));
            if (temporal && !taken) {
                roles.get("date").add(key);
            }
        });
        return new PropertyRoles(roles.get("name"), roles.get("date"), roles.get("start"), roles.get("end"), roles.get("channelType"),
                roles.get("secrecy"), roles.get("quote"), roles.get("source"));
    }

    private static List<String> dateKeys(PropertyRoles roles) {
        List<String> keys = new ArrayList<>(roles.date());
        keys.addAll(roles.start());
        keys.addAll(roles.end());
        return keys;
    }

    private static Map<String, List<Object>> valuesByKey(SchemaSample sample) {
        Map<String, List<Object>> values = new TreeMap<>();
        sample.labels().forEach(l -> l.values().forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v)));
        sample.types().forEach(t -> t.values().forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v)));
        return values;
    }

    private static <R> Optional<R> roleByWords(List<String> words, Map<R, List<String>> vocabulary) {
        for (Map.Entry<R, List<String>> entry : vocabulary.entrySet()) {
            for (String word : words) {
                if (entry.getValue().contains(word) || entry.getValue().contains(singular(word))) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** {@code SENT_CABLE}, {@code PhoneCall}, {@code back-channel} → lower-case words. */
    static List<String> words(String name) {
        String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[^A-Za-z0-9]+", " ").strip();
        List<String> words = new ArrayList<>();
        for (String w : spaced.split(" ")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
