package eu.adpack.core.json;

import eu.adpack.core.PersonalData;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.geo.NutsRegion;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import java.lang.reflect.RecordComponent;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

/** The codes of the domain written as JSON strings, and the filter that leaves personal data out. */
final class DomainModule {
    private DomainModule() {}

    static SimpleModule codes() {
        SimpleModule m = new SimpleModule("adpack-codes");
        m.addSerializer(TermId.class, new AsString<>());
        m.addDeserializer(TermId.class, new FromString<>(TermId.class, TermId::parse));
        m.addSerializer(TaxonomyId.class, new AsString<>());
        m.addDeserializer(TaxonomyId.class, new FromString<>(TaxonomyId.class, TaxonomyId::of));
        m.addSerializer(Country.class, new AsString<>());
        m.addDeserializer(Country.class, new FromString<>(Country.class, Country::parse));
        m.addSerializer(Language.class, new AsString<>());
        m.addDeserializer(Language.class, new FromString<>(Language.class, Language::parse));
        m.addSerializer(NutsRegion.class, new AsString<>());
        m.addDeserializer(NutsRegion.class, new FromString<>(NutsRegion.class, NutsRegion::parse));
        m.addKeyDeserializer(Country.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                return Country.parse(key);
            }
        });
        // LocalTime.toString is ISO and drops zero seconds, so slots read "09:00" as organisers write them.
        m.addSerializer(LocalTime.class, new AsString<>());
        m.addSerializer(Sector.class, new SectorSerializer());
        m.addDeserializer(Sector.class, new SectorDeserializer());
        m.setSerializerModifier(new RecordComponentsOnly());
        return m;
    }

    static SimpleModule withoutPersonalData() {
        SimpleModule m = new SimpleModule("adpack-no-personal-data");
        m.setSerializerModifier(new PersonalDataFilter());
        return m;
    }

    /** Writes a code type by its {@code toString}, which is its code. */
    private static final class AsString<T> extends ValueSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
            gen.writeString(value.toString());
        }
    }

    /** Reads a code type from a string with its own parser, so the model's messages reach the reader. */
    private static final class FromString<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Function<String, T> parse;

        FromString(Class<T> type, Function<String, T> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            return parse.apply(p.getString());
        }
    }

    /**
     * Writes one of the eight AdPack² sectors, or a sector labelled by its own code, as its code string; any other
     * sector as {@code {"code":…,"label":…}}, so its label survives the round trip.
     */
    private static final class SectorSerializer extends ValueSerializer<Sector> {
        @Override
        public void serialize(Sector value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
            Sector known = Sector.of(value.code());
            if (known.label().equals(value.label())) {
                gen.writeString(value.code());
            } else {
                gen.writeStartObject();
                gen.writeStringProperty("code", value.code());
                gen.writeStringProperty("label", value.label());
                gen.writeEndObject();
            }
        }
    }

    private static final class SectorDeserializer extends ValueDeserializer<Sector> {
        @Override
        public Sector deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return Sector.of(p.getString().strip());
            }
            if (p.currentToken() == JsonToken.START_OBJECT) {
                JsonNode n = ctxt.readTree(p);
                String code = n.path("code").asString(null);
                String label = n.path("label").asString(null);
                if (code == null) {
                    return (Sector) ctxt.handleUnexpectedToken(Sector.class, p);
                }
                return label == null ? Sector.of(code) : new Sector(code, label);
            }
            return (Sector) ctxt.handleUnexpectedToken(Sector.class, p);
        }
    }

    /**
     * Keeps only the record components of a record: derived answers such as {@code Organisation.isSme()} are not
     * state, and writing them would make the file say more than the model holds.
     */
    private static final class RecordComponentsOnly extends ValueSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public List<BeanPropertyWriter> changeProperties(
                SerializationConfig config, BeanDescription.Supplier beanDesc, List<BeanPropertyWriter> props) {
            Class<?> type = beanDesc.getBeanClass();
            if (type.isRecord()) {
                Set<String> components = new HashSet<>();
                for (RecordComponent c : type.getRecordComponents()) {
                    components.add(c.getName());
                }
                props.removeIf(p -> !components.contains(p.getName()));
            }
            return props;
        }
    }

    /** Drops every property whose record component is marked {@link PersonalData}. */
    private static final class PersonalDataFilter extends ValueSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public List<BeanPropertyWriter> changeProperties(
                SerializationConfig config, BeanDescription.Supplier beanDesc, List<BeanPropertyWriter> props) {
            props.removeIf(p -> p.getAnnotation(PersonalData.class) != null);
            return props;
        }
    }
}
