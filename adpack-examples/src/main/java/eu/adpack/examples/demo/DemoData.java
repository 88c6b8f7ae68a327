package eu.adpack.examples.demo;

import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.geo.NutsRegion;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.organisation.Statement;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.ClusterRole;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.PartnershipType;
import eu.adpack.core.profile.ProfileStatus;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.profile.StageOfDevelopment;
import eu.adpack.core.programme.Ambassador;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.programme.IntermediaryKind;
import eu.adpack.core.programme.Mission;
import eu.adpack.core.programme.MissionKind;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.programme.Webinar;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.core.taxonomy.Term;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.ValueChainStage;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The AdPack² demo data, generated from a seed: the partnership (six clusters covering the eight sectors, their member
 * SMEs with competences, offers and needs from the bundled smart-packaging taxonomy, target markets, readiness and
 * training records, ambassadors and intermediaries in Canada, China and the USA, the missions) and an EEN-style
 * registry of partner profiles from those countries and the EU.
 *
 * <p>The clusters, the programme, the grant agreement, the sectors, the target countries and the kinds of activity
 * are those of the real AdPack² partnership (public sources, see {@code adpack-examples/samples/README.md}); every
 * SME, profile, intermediary and ambassador is invented, has no contact person, and lives on an {@code example}
 * domain. The same seed and sizes give the same data on every run. Immutable and thread-safe.
 *
 * @param partnership the partnership
 * @param registry the registry's profiles, in the order the registry serves them
 * @param malformed references of the profiles the registry serves broken (an impossible date), to show that a bad
 *     record is rejected and the others kept
 * @param demoDay the day the demo runs "on": before the Toronto mission, so that profiles are current
 */
public record DemoData(Partnership partnership, List<PartnerProfile> registry, Set<String> malformed,
        LocalDate demoDay) {

    /** The day the demo is set on: a month before the Toronto mission of June 2019. */
    public static final LocalDate DEMO_DAY = LocalDate.of(2019, 5, 15);

    /** Copies the parts. */
    public DemoData {
        Objects.requireNonNull(partnership, "partnership");
        registry = List.copyOf(registry);
        malformed = Set.copyOf(malformed);
        Objects.requireNonNull(demoDay, "demoDay");
    }

    private static final Country CA = Country.CA;
    private static final Country CN = Country.CN;
    private static final Country US = Country.US;
    private static final List<Country> MARKETS = List.of(CA, CN, US);
    private static final List<String> EU = List.of("DE", "FR", "IT", "ES", "NL", "PL", "CZ", "BE", "PT", "AT",
            "SE", "FI", "DK", "IE");
    private static final List<String> CERTIFICATIONS = List.of("ISO 9001", "ISO 14001", "BRCGS Packaging",
            "FSSC 22000", "ISO 22000", "ISO 13485");
    private static final String[] SYLLABLES = {"ba", "cor", "da", "fle", "gra", "lin", "mar", "no", "pak", "qua",
        "ri", "sol", "ta", "ve", "xo", "zen", "ter", "vi", "lu", "sen", "pro", "tek", "nor", "al"};

    /** One of the six real clusters, with what the generator needs to invent its members. */
    private record ClusterSeed(String id, String name, Country country, String nuts, List<Sector> sectors,
            ClusterRole role, String legalForm, String language, String website) {
    }

    private static final List<ClusterSeed> CLUSTERS = List.of(
            new ClusterSeed("nanoprogress", "Nanoprogress z.s.", Country.of("CZ"), "CZ053",
                    List.of(Sector.NANOTECHNOLOGY), ClusterRole.COORDINATOR, "s.r.o.", "cs", "https://nanoprogress.eu/"),
            new ClusterSeed("packaging-cluster", "Packaging Cluster", Country.of("ES"), "ES51",
                    List.of(Sector.PACKAGING), ClusterRole.PARTNER, "S.L.", "es", null),
            new ClusterSeed("plastiwin", "PLASTIWIN", Country.of("BE"), "BE33", List.of(Sector.PLASTICS),
                    ClusterRole.PARTNER, "SRL", "fr", null),
            new ClusterSeed("inovcluster", "InovCluster - Associação do Cluster Agroindustrial do Centro",
                    Country.of("PT"), "PT16", List.of(Sector.FOOD), ClusterRole.PARTNER, "Lda.", "pt", null),
            new ClusterSeed("balticnet-plasmatec", "BalticNet-PlasmaTec e.V.", Country.of("DE"), "DE80",
                    List.of(Sector.PLASMA), ClusterRole.PARTNER, "GmbH", "de", null),
            new ClusterSeed("scs", "Secured Communicating Solutions cluster", Country.of("FR"), "FRL0",
                    List.of(Sector.MICROELECTRONICS, Sector.SOFTWARE, Sector.TELECOMMUNICATIONS), ClusterRole.PARTNER,
                    "SAS", "fr", null));

    /** The four business missions whose shortlists the demo makes, in programme order. */
    public static final List<String> BUSINESS_MISSIONS = List.of("bm-toronto-2019", "bm-shanghai-2019",
            "bm-washington-2019", "bm-philadelphia-2019");

    /**
     * Generates the demo data.
     *
     * @param smesPerCluster how many member SMEs each of the six clusters has, at least 4
     * @param registrySize how many registry profiles, at least 50
     * @param seed the seed
     * @return the data
     * @throws IllegalArgumentException if a size is too small
     */
    public static DemoData generate(int smesPerCluster, int registrySize, long seed) {
        if (smesPerCluster < 4) {
            throw new IllegalArgumentException("smesPerCluster " + smesPerCluster + " is not valid: expected >= 4");
        }
        if (registrySize < 50) {
            throw new IllegalArgumentException("registrySize " + registrySize + " is not valid: expected >= 50");
        }
        return new Generator(Taxonomies.bundled(), new SplittableRandom(seed)).run(smesPerCluster, registrySize);
    }

    /** The generator's state: the taxonomy and the random stream. */
    private static final class Generator {
        private final Taxonomies taxonomies;
        private final SplittableRandom random;
        private final List<Term> competences;
        private final Set<String> names = new LinkedHashSet<>();

        Generator(Taxonomies taxonomies, SplittableRandom random) {
            this.taxonomies = taxonomies;
            this.random = random;
            this.competences = taxonomies.get(TaxonomyId.ADPACK).terms().stream().filter(Term::selectable)
                    .filter(t -> !t.sectors().isEmpty()).toList();
        }

        DemoData run(int smesPerCluster, int registrySize) {
            Partnership.Builder p = Partnership.builder("adpack2").name("AdPack²").programme("COSME")
                    .grantAgreement("783418").period(LocalDate.of(2017, 12, 1), LocalDate.of(2019, 12, 1))
                    .coordinator("nanoprogress").targetCountries(MARKETS).sectors(Sector.adpack2());
            List<Organisation> smes = new ArrayList<>();
            for (ClusterSeed c : CLUSTERS) {
                Cluster.Builder cb = Cluster.builder(c.id()).name(c.name()).country(c.country())
                        .nutsRegion(NutsRegion.parse(c.nuts())).sectors(c.sectors()).role(c.role());
                if (c.website() != null) {
                    cb.website(URI.create(c.website()));
                }
                for (int i = 0; i < smesPerCluster; i++) {
                    Organisation o = sme(c, i);
                    smes.add(o);
                    cb.member(o.id());
                }
                p.cluster(cb.build());
            }
            p.organisations(smes);
            training(p, smes);
            intermediariesAndAmbassadors(p);
            missions(p, smes);
            List<PartnerProfile> registry = new ArrayList<>();
            Set<String> malformed = new TreeSet<>();
            for (int i = 0; i < registrySize; i++) {
                PartnerProfile profile = profile(i);
                registry.add(profile);
                // About one profile in 400 is served broken, at fixed positions, so every run rejects the same ones.
                if (i % 397 == 123) {
                    malformed.add(profile.reference());
                }
            }
            return new DemoData(p.build(), registry, malformed, DEMO_DAY);
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private String inventName() {
            while (true) {
                int n = 2 + random.nextInt(2);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                String name = Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
                if (names.add(name)) {
                    return name;
                }
            }
        }

        private List<Term> termsOf(Sector sector) {
            List<Term> list = competences.stream().filter(t -> t.sectors().contains(sector)).toList();
            return list.isEmpty() ? competences : list;
        }

        private List<Term> distinctTerms(List<Term> from, int n) {
            Set<Term> chosen = new LinkedHashSet<>();
            int tries = 0;
            while (chosen.size() < Math.min(n, from.size()) && tries++ < 50) {
                chosen.add(pick(from));
            }
            return List.copyOf(chosen);
        }

        private Organisation sme(ClusterSeed c, int index) {
            Sector primary = pick(c.sectors());
            String base = inventName();
            String activity = primary.label().split("[ ,]")[0];
            String legalName = base + " " + activity + " " + c.legalForm();
            String id = c.country().code().toLowerCase(Locale.ROOT) + "-" + base.toLowerCase(Locale.ROOT);
            List<Term> own = distinctTerms(termsOf(primary), 2 + random.nextInt(3));
            // Needs lie in another sector of the value chain: what makes cross-sector cooperation worth proposing.
            Sector other = pick(Sector.adpack2().stream().filter(s -> !c.sectors().contains(s)).toList());
            List<Term> needed = distinctTerms(termsOf(other), 1 + random.nextInt(2));
            Organisation.Builder b = Organisation.builder(id).legalName(legalName).country(c.country())
                    .nutsRegion(NutsRegion.parse(c.nuts()));
            long staff = 5 + random.nextInt(200);
            long turnover = staff * (60_000 + random.nextInt(90_000));
            b.sizeFigures(staff, turnover, turnover * (40 + random.nextInt(50)) / 100);
            Set<TermId> nace = new TreeSet<>();
            Set<ValueChainStage> stages = EnumSet.noneOf(ValueChainStage.class);
            for (Term t : own) {
                b.competence(t.id());
                t.mappingsTo(TaxonomyId.NACE).stream().findFirst().ifPresent(nace::add);
                t.stages().stream().findFirst().ifPresent(stages::add);
            }
            b.naceCodes(nace).valueChainStages(stages.isEmpty() ? EnumSet.of(ValueChainStage.COMPONENTS) : stages);
            Set<Sector> sectors = new LinkedHashSet<>();
            sectors.add(primary);
            if (random.nextInt(3) == 0 && !primary.equals(Sector.PACKAGING)) {
                sectors.add(Sector.PACKAGING);
            }
            b.sectors(sectors);
            b.offer(Statement.of(own.get(0).label() + " for " + application(primary),
                    own.stream().limit(2).map(Term::id).toList()));
            if (own.size() > 2) {
                b.offer(Statement.of(own.get(2).label() + ": development and pilot runs", List.of(own.get(2).id())));
            }
            b.seek(Statement.of("Partner for " + needed.get(0).label().toLowerCase(Locale.ROOT) + " to combine with"
                    + " our " + own.get(0).label().toLowerCase(Locale.ROOT), needed.stream().map(Term::id).toList()));
            List<Country> markets = new ArrayList<>();
            for (Country m : MARKETS) {
                if (random.nextInt(100) < 55) {
                    markets.add(m);
                }
            }
            if (markets.isEmpty()) {
                markets.add(MARKETS.get(index % MARKETS.size()));
            }
            b.targetMarkets(markets);
            for (Country m : markets) {
                int r = random.nextInt(10);
                b.readiness(m, r < 2 ? ReadinessLevel.NOT_STARTED : r < 6 ? ReadinessLevel.AWARE
                        : r < 9 ? ReadinessLevel.PREPARED : ReadinessLevel.READY);
            }
            b.language(Language.parse(c.language()));
            b.language(Language.parse("en"));
            if (random.nextBoolean()) {
                b.certification(pick(CERTIFICATIONS));
            }
            b.website(URI.create("https://www." + base.toLowerCase(Locale.ROOT) + "-" + c.country().code()
                    .toLowerCase(Locale.ROOT) + ".example/"));
            return b.build();
        }

        private static String application(Sector s) {
            return switch (s.code()) {
                case "food" -> "fresh and chilled food";
                case "packaging" -> "brand owners' packs";
                case "plastics" -> "films, trays and bottles";
                case "nanotechnology" -> "coatings and barrier layers";
                case "plasma" -> "surface treatment of packaging";
                case "microelectronics" -> "smart labels";
                case "software" -> "supply-chain traceability";
                default -> "connected packaging";
            };
        }

        private void training(Partnership.Builder p, List<Organisation> smes) {
            List<TrainingModule> modules = List.of(
                    TrainingModule.of("tm-basics", "Going international: readiness self-assessment and export"
                            + " planning", List.of(), ReadinessLevel.AWARE, LocalDate.of(2018, 2, 20), true),
                    TrainingModule.of("tm-canada", "Selling smart packaging in Canada: rules, retail, CETA",
                            List.of(CA), ReadinessLevel.PREPARED, LocalDate.of(2018, 10, 16), false),
                    TrainingModule.of("tm-china", "Entering the Chinese market: partners, IP and certification",
                            List.of(CN), ReadinessLevel.PREPARED, LocalDate.of(2018, 9, 25), false),
                    TrainingModule.of("tm-usa", "The US market: FDA food-contact rules and distribution",
                            List.of(US), ReadinessLevel.PREPARED, LocalDate.of(2019, 3, 12), true));
            modules.forEach(p::trainingModule);
            for (Organisation o : smes) {
                boolean basics = false;
                for (var r : o.readiness()) {
                    if (r.level().compareTo(ReadinessLevel.AWARE) >= 0) {
                        basics = true;
                    }
                    if (r.level().compareTo(ReadinessLevel.PREPARED) >= 0) {
                        TrainingModule m = modules.stream().filter(t -> t.markets().contains(r.market())).findFirst()
                                .orElseThrow();
                        p.participation(TrainingParticipation.completed(m.id(), o.id(), m.end()));
                    }
                }
                if (basics) {
                    p.participation(TrainingParticipation.completed("tm-basics", o.id(), LocalDate.of(2018, 2, 20)));
                } else {
                    p.participation(TrainingParticipation.enrolled("tm-basics", o.id()));
                }
            }
            for (Country m : MARKETS) {
                List<String> attendees = smes.stream().filter(o -> o.targetMarkets().contains(m))
                        .filter(o -> random.nextInt(3) == 0).map(Organisation::id).toList();
                p.webinar(Webinar.of("wb-" + m.code().toLowerCase(Locale.ROOT), "Market briefing: "
                        + m.englishName(), LocalDate.of(2018, 4 + MARKETS.indexOf(m), 17), List.of(m), attendees));
            }
        }

        private void intermediariesAndAmbassadors(Partnership.Builder p) {
            record Seed(String id, String name, Country country, String city, IntermediaryKind kind,
                    List<Sector> sectors) {
            }
            List<Seed> seeds = List.of(
                    new Seed("int-ca-glpc", "Great Lakes Packaging Council", CA, "Toronto",
                            IntermediaryKind.TRADE_ASSOCIATION, List.of(Sector.PACKAGING, Sector.FOOD)),
                    new Seed("int-ca-qfi", "Québec Food Innovation Network", CA, "Montréal", IntermediaryKind.CLUSTER,
                            List.of(Sector.FOOD)),
                    new Seed("int-ca-ont-cc", "Ontario–Europe Chamber of Commerce", CA, "Toronto",
                            IntermediaryKind.CHAMBER_OF_COMMERCE, Sector.adpack2()),
                    new Seed("int-ca-iot", "Waterloo Connected Devices Accelerator", CA, "Waterloo",
                            IntermediaryKind.ACCELERATOR, List.of(Sector.SOFTWARE, Sector.TELECOMMUNICATIONS)),
                    new Seed("int-cn-eusc", "Shanghai EU SME Business Desk", CN, "Shanghai",
                            IntermediaryKind.PUBLIC_AGENCY, Sector.adpack2()),
                    new Seed("int-cn-ydpic", "Yangtze Delta Packaging Innovation Centre", CN, "Shanghai",
                            IntermediaryKind.RESEARCH_ORGANISATION, List.of(Sector.PACKAGING, Sector.PLASTICS)),
                    new Seed("int-cn-szpa", "Shenzhen Printed Electronics Association", CN, "Shenzhen",
                            IntermediaryKind.TRADE_ASSOCIATION, List.of(Sector.MICROELECTRONICS)),
                    new Seed("int-cn-gzfood", "Guangzhou Food Safety Institute", CN, "Guangzhou",
                            IntermediaryKind.RESEARCH_ORGANISATION, List.of(Sector.FOOD, Sector.NANOTECHNOLOGY)),
                    new Seed("int-us-dvpc", "Delaware Valley Packaging Consortium", US, "Philadelphia",
                            IntermediaryKind.CLUSTER, List.of(Sector.PACKAGING, Sector.PLASTICS)),
                    new Seed("int-us-dcba", "Washington EU Business Association", US, "Washington",
                            IntermediaryKind.CHAMBER_OF_COMMERCE, Sector.adpack2()),
                    new Seed("int-us-plasma", "Mid-Atlantic Surface Engineering Lab", US, "Baltimore",
                            IntermediaryKind.UNIVERSITY, List.of(Sector.PLASMA, Sector.NANOTECHNOLOGY)),
                    new Seed("int-us-fresh", "Fresh Produce Logistics Alliance", US, "Philadelphia",
                            IntermediaryKind.TRADE_ASSOCIATION, List.of(Sector.FOOD, Sector.SOFTWARE)));
            for (Seed s : seeds) {
                p.intermediary(new Intermediary(s.id(), s.name(), s.country(), s.city(), s.kind(), s.sectors(),
                        URI.create("https://" + s.id().substring(7) + ".example/"), List.of()));
            }
            String[][] ambassadors = {{"amb-ca-1", "Great Lakes Packaging Council", "CA", "en;fr"},
                {"amb-ca-2", "Québec Food Innovation Network", "CA", "fr;en"},
                {"amb-cn-1", "Shanghai EU SME Business Desk", "CN", "zh;en"},
                {"amb-cn-2", "Yangtze Delta Packaging Innovation Centre", "CN", "zh;en;de"},
                {"amb-us-1", "Washington EU Business Association", "US", "en;es"},
                {"amb-us-2", "Delaware Valley Packaging Consortium", "US", "en"}};
            for (String[] a : ambassadors) {
                List<Language> languages = java.util.Arrays.stream(a[3].split(";")).map(Language::parse).toList();
                p.ambassador(Ambassador.of(a[0], a[1], List.of(Country.of(a[2])), languages, 6 + random.nextInt(5)));
            }
        }

        private void missions(Partnership.Builder p, List<Organisation> smes) {
            record Seed(String id, MissionKind kind, String title, Country country, String city, LocalDate start,
                    LocalDate end, int size) {
            }
            List<Seed> seeds = List.of(
                    new Seed("ffm-shanghai-2018", MissionKind.FACT_FINDING, "Fact-finding mission to Shanghai", CN,
                            "Shanghai", LocalDate.of(2018, 11, 5), LocalDate.of(2018, 11, 9), 8),
                    new Seed("bm-toronto-2019", MissionKind.BUSINESS, "Business mission to Toronto", CA, "Toronto",
                            LocalDate.of(2019, 6, 10), LocalDate.of(2019, 6, 13), 24),
                    new Seed("bm-shanghai-2019", MissionKind.BUSINESS, "Business mission to Shanghai", CN,
                            "Shanghai", LocalDate.of(2019, 9, 16), LocalDate.of(2019, 9, 20), 18),
                    new Seed("bm-washington-2019", MissionKind.BUSINESS, "Business mission to Washington DC", US,
                            "Washington", LocalDate.of(2019, 10, 21), LocalDate.of(2019, 10, 22), 14),
                    new Seed("bm-philadelphia-2019", MissionKind.BUSINESS, "Business mission to Philadelphia", US,
                            "Philadelphia", LocalDate.of(2019, 10, 23), LocalDate.of(2019, 10, 25), 14));
            for (Seed s : seeds) {
                List<Organisation> candidates = new ArrayList<>(smes.stream()
                        .filter(o -> o.targetMarkets().contains(s.country())).toList());
                List<String> delegation = new ArrayList<>();
                while (delegation.size() < s.size() && !candidates.isEmpty()) {
                    delegation.add(candidates.remove(random.nextInt(candidates.size())).id());
                }
                delegation.sort(null);
                List<String> clusters = CLUSTERS.stream().map(ClusterSeed::id).filter(c -> delegation.stream()
                        .anyMatch(d -> clusterOf(smes, d).equals(c))).toList();
                p.mission(new Mission(s.id(), s.kind(), s.title(), s.country(), s.city(), s.start(), s.end(),
                        delegation, clusters, List.of()));
            }
        }

        private static String clusterOf(List<Organisation> smes, String id) {
            Organisation o = smes.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            return CLUSTERS.stream().filter(c -> c.country().equals(o.country())).findFirst().orElseThrow().id();
        }

        private PartnerProfile profile(int index) {
            int r = random.nextInt(100);
            String countryCode = r < 18 ? "CA" : r < 36 ? "CN" : r < 60 ? "US" : pick(EU);
            Country country = Country.of(countryCode);
            int t = random.nextInt(100);
            ProfileType type = t < 30 ? ProfileType.BO : t < 55 ? ProfileType.BR : t < 75 ? ProfileType.TO
                    : t < 90 ? ProfileType.TR : ProfileType.RDR;
            Sector sector = pick(Sector.adpack2());
            List<Term> terms = distinctTerms(termsOf(sector), 1 + random.nextInt(3));
            Term main = terms.get(0);
            LocalDate created = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(480));
            String reference = type.name() + countryCode + created.toString().replace("-", "")
                    + String.format("%04d", index % 10000);
            Set<TermId> keywords = new TreeSet<>();
            for (Term term : terms) {
                keywords.addAll(term.mappings());
            }
            String who = countryName(country) + " " + pick(List.of("company", "SME", "manufacturer", "start-up",
                    "producer"));
            String label = main.label().toLowerCase(Locale.ROOT);
            String title = switch (type) {
                case BO -> who + " offers " + label + " and seeks distributors";
                case BR -> who + " seeks suppliers of " + label;
                case TO -> who + " offers " + label + " technology under licence or joint development";
                case TR -> who + " seeks " + label + " technology";
                case RDR -> "Partners sought for a research project on " + label;
            };
            PartnershipType partnership = switch (type) {
                case BO -> PartnershipType.COMMERCIAL_AGREEMENT;
                case BR -> PartnershipType.SUPPLIER_AGREEMENT;
                case TO -> PartnershipType.COMMERCIAL_AGREEMENT_WITH_TECHNICAL_ASSISTANCE;
                default -> PartnershipType.RESEARCH_AND_DEVELOPMENT_COOPERATION_AGREEMENT;
            };
            String description = main.description().isEmpty() ? main.label() + "." : main.description();
            return PartnerProfile.builder(reference, type).status(ProfileStatus.PUBLISHED).created(created)
                    .modified(created.plusDays(random.nextInt(15))).published(created.plusDays(3))
                    .deadline(created.plusYears(2)).expiry(created.plusYears(2))
                    .title(title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1))
                    .summary("A " + who.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+ ", "") + " from "
                            + country.englishName() + " working on " + label + " for " + application(sector) + ".")
                    .description(description)
                    .stageOfDevelopment(type == ProfileType.TO ? StageOfDevelopment.values()[random.nextInt(
                            StageOfDevelopment.values().length)] : null)
                    .keywords(keywords).partnershipTypes(List.of(partnership)).originCountry(country)
                    .openForEoi(true)
                    .publicUrl(URI.create("https://registry.example/partnering-opportunities/" + reference))
                    .build();
        }

        private static String countryName(Country c) {
            return switch (c.code()) {
                case "CA" -> "Canadian";
                case "CN" -> "Chinese";
                case "US" -> "US";
                case "DE" -> "German";
                case "FR" -> "French";
                case "IT" -> "Italian";
                case "ES" -> "Spanish";
                case "NL" -> "Dutch";
                case "PL" -> "Polish";
                case "CZ" -> "Czech";
                case "BE" -> "Belgian";
                case "PT" -> "Portuguese";
                case "AT" -> "Austrian";
                case "SE" -> "Swedish";
                case "FI" -> "Finnish";
                case "DK" -> "Danish";
                default -> "Irish";
            };
        }
    }

    /**
     * Returns the member SMEs of the partnership.
     *
     * @return the SMEs, in cluster order
     */
    public List<Organisation> smes() {
        return partnership.members().stream().filter(o -> o.sizeClass() != null && o.sizeClass().isSme()).toList();
    }

    /**
     * Returns the registry profiles from some countries.
     *
     * @param countries the countries
     * @return the profiles, in registry order
     */
    public List<PartnerProfile> registryFrom(Collection<Country> countries) {
        return registry.stream().filter(p -> countries.contains(p.originCountry())).toList();
    }
}
