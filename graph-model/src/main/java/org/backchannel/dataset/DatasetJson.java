package org.backchannel.dataset;

import java.util.List;

/**
 * The dataset file exactly as written, before any checking. Every field is optional here so that the
 * validator, not Jackson, reports what is missing, with its location.
 */
record DatasetJson(String format, String id, List<String> revises, String title, String description,
                   List<SourceJson> sources, List<NodeJson> nodes, List<LinkJson> links) {

    record SourceJson(String id, String kind, String title, String author, String publisher, String date,
                      String url, String text, String note) {
    }

    record CitationJson(String source, String quote, String note) {
    }

    record NodeJson(String id, String kind, String name, List<String> aliases, String category,
                    String channelType, String secrecy, String description, String date, String start,
                    String end, String certainty, List<CitationJson> citations) {
    }

    record LinkJson(String id, String type, String from, String to, String channel, String role,
                    String description, String date, String start, String end, String certainty,
                    List<CitationJson> citations) {
    }
}
