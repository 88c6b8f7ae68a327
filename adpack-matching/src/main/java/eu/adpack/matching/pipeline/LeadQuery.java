package eu.adpack.matching.pipeline;

import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.AgreementType;
import java.util.Locale;

/**
 * Which leads to return from {@link AgreementPipeline#query}: every part that is set must hold; unset parts match
 * anything. Build one with {@link #builder()}. Immutable and thread-safe.
 *
 * @param sme the SME's id, or {@code null}
 * @param cluster the cluster's id, or {@code null}
 * @param country the counterpart's country code, or {@code null}
 * @param type the agreement type, or {@code null}
 * @param stage the furthest stage reached, or {@code null}
 * @param status the agreement's status, or {@code null}
 */
public record LeadQuery(String sme, String cluster, String country, AgreementType type, PipelineStage stage,
        AgreementStatus status) {
    /** The query that matches every lead. */
    public static final LeadQuery ALL = new LeadQuery(null, null, null, null, null, null);

    /** Upper-cases the country. */
    public LeadQuery {
        country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Starts a query that matches everything.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this query's parts.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().sme(sme).cluster(cluster).country(country).type(type).stage(stage).status(status);
    }

    /**
     * Tells whether a lead matches.
     *
     * @param lead the lead
     * @return whether every set part holds
     */
    public boolean test(Lead lead) {
        return (sme == null || sme.equals(lead.sme())) && (cluster == null || cluster.equals(lead.cluster()))
                && (country == null || country.equals(lead.country())) && (type == null || type == lead.type())
                && (stage == null || stage == lead.stage()) && (status == null || status == lead.status());
    }

    /** Builds a {@link LeadQuery}; not thread-safe. */
    public static final class Builder {
        private String sme;
        private String cluster;
        private String country;
        private AgreementType type;
        private PipelineStage stage;
        private AgreementStatus status;

        private Builder() {
        }

        /**
         * Keeps the leads of one SME. Default: any.
         *
         * @param value the SME's id, or {@code null} for any
         * @return this builder
         */
        public Builder sme(String value) {
            sme = value;
            return this;
        }

        /**
         * Keeps the leads of one cluster's SMEs. Default: any.
         *
         * @param value the cluster's id, or {@code null} for any
         * @return this builder
         */
        public Builder cluster(String value) {
            cluster = value;
            return this;
        }

        /**
         * Keeps the leads whose counterpart is in one country. Default: any.
         *
         * @param value the ISO code, or {@code null} for any
         * @return this builder
         */
        public Builder country(String value) {
            country = value;
            return this;
        }

        /**
         * Keeps the leads of one agreement type. Default: any.
         *
         * @param value the type, or {@code null} for any
         * @return this builder
         */
        public Builder type(AgreementType value) {
            type = value;
            return this;
        }

        /**
         * Keeps the leads whose furthest stage is this one. Default: any.
         *
         * @param value the stage, or {@code null} for any
         * @return this builder
         */
        public Builder stage(PipelineStage value) {
            stage = value;
            return this;
        }

        /**
         * Keeps the leads whose agreement has this status. Default: any.
         *
         * @param value the status, or {@code null} for any
         * @return this builder
         */
        public Builder status(AgreementStatus value) {
            status = value;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         */
        public LeadQuery build() {
            return new LeadQuery(sme, cluster, country, type, stage, status);
        }
    }
}
