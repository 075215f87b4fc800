package org.backchannel.perspective;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** A perspective file exactly as written, before any checking; the reader, not Jackson, reports what is missing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "store", "labels", "relationships", "properties", "dateFormats", "channelTypes", "exchangeChannels"})
record PerspectiveJson(String format, StoreJson store, Map<String, String> labels, Map<String, String> relationships,
                       PropertiesJson properties, Map<String, String> dateFormats, Map<String, String> channelTypes,
                       Map<String, String> exchangeChannels) {

    /** Which store the perspective was made for; informative, a team may share it across copies of one database. */
    record StoreJson(String uri, String database) {
    }

    @JsonPropertyOrder({"name", "date", "start", "end", "channelType", "secrecy", "quote", "source"})
    record PropertiesJson(List<String> name, List<String> date, List<String> start, List<String> end, List<String> channelType,
                          List<String> secrecy, List<String> quote, List<String> source) {
    }
}
