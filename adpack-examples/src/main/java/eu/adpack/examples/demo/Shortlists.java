package eu.adpack.examples.demo;

import java.util.List;
import java.util.Map;

/**
 * Partner proposals made by the matcher, in the JSON form the demo writes and the templates show.
 *
 * @param missions the shortlists of each business mission, by mission id, in programme order
 */
record Shortlists(Map<String, MissionShortlist> missions) {
    /** Copies the map. */
    Shortlists {
        missions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(missions));
    }

    /** The shortlists of one mission's delegation. */
    record MissionShortlist(String missionId, String title, String country, String city, List<SmeShortlist> smes) {
    }

    /** The partners proposed to one SME, best first. */
    record SmeShortlist(String smeId, String name, String cluster, List<Proposal> partners) {
    }

    /** One proposed partner, with the matcher's score and explanation. */
    record Proposal(String id, String title, String country, double score, String explanation) {
        /** @return the score with two decimals, for the pages */
        public String shownScore() {
            return String.format(java.util.Locale.ROOT, "%.2f", score);
        }
    }
}
