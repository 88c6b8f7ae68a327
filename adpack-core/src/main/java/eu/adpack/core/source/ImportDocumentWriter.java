package eu.adpack.core.source;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A streaming writer of an {@link ImportDocument}: records are written as they are added, so an import of a hundred
 * thousand profiles is never held in memory; {@link #finish} then writes the rejections and the figures and ends the
 * document with a line break.
 *
 * <p>Each value is written by the given mapper (use {@code AdpackJson.standard().mapper()} or
 * {@code AdpackJson.withoutPersonalData().mapper()}), so the document is AdPack's JSON form. The stream is flushed but
 * not closed. Until {@link #finish} the output is not a whole document. Not thread-safe: one thread writes.
 *
 * @param <R> the type of record
 */
public final class ImportDocumentWriter<R> implements AutoCloseable {
    static final String REJECTED = "rejected";
    static final String STATS = "stats";

    private final JsonMapper mapper;
    private final JsonGenerator gen;
    private long written;
    private boolean finished;

    private ImportDocumentWriter(JsonMapper mapper, JsonGenerator gen, String recordsName) {
        this.mapper = mapper;
        this.gen = gen;
        try {
            gen.writeStartObject();
            gen.writeName(recordsName);
            gen.writeStartArray();
        } catch (JacksonException e) {
            throw unwritable(e);
        }
    }

    /**
     * Starts a document on a stream.
     *
     * @param <R> the type of record
     * @param mapper the mapper that writes each value, e.g. {@code AdpackJson.standard().mapper()}
     * @param out the stream, UTF-8; flushed, not closed
     * @param recordsName the property that holds the records, e.g. {@code profiles}
     * @return the writer, positioned inside the records' array
     * @throws IllegalArgumentException if the name is blank, {@code rejected} or {@code stats}
     */
    public static <R> ImportDocumentWriter<R> open(JsonMapper mapper, OutputStream out, String recordsName) {
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(out, "out");
        ImportDocument.checkRecordsName(recordsName);
        try {
            return new ImportDocumentWriter<>(mapper, writer(mapper).createGenerator(out), recordsName);
        } catch (JacksonException e) {
            throw unwritable(e);
        }
    }

    /**
     * Starts a document on a character stream.
     *
     * @param <R> the type of record
     * @param mapper the mapper that writes each value, e.g. {@code AdpackJson.standard().mapper()}
     * @param out the writer; flushed, not closed
     * @param recordsName the property that holds the records, e.g. {@code profiles}
     * @return the writer, positioned inside the records' array
     * @throws IllegalArgumentException if the name is blank, {@code rejected} or {@code stats}
     */
    public static <R> ImportDocumentWriter<R> open(JsonMapper mapper, Writer out, String recordsName) {
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(out, "out");
        ImportDocument.checkRecordsName(recordsName);
        try {
            return new ImportDocumentWriter<>(mapper, writer(mapper).createGenerator(out), recordsName);
        } catch (JacksonException e) {
            throw unwritable(e);
        }
    }

    /** The target is the caller's to close; an unfinished document must not be completed by closing. */
    private static ObjectWriter writer(JsonMapper mapper) {
        return mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .without(StreamWriteFeature.AUTO_CLOSE_CONTENT);
    }

    /**
     * Writes one record.
     *
     * @param record the record
     * @throws IllegalStateException after {@link #finish}
     * @throws UncheckedIOException if the stream fails
     */
    public void add(R record) {
        Objects.requireNonNull(record, "record");
        if (finished) {
            throw new IllegalStateException("the import document is finished; no record can be added");
        }
        try {
            mapper.writeValue(gen, record);
        } catch (JacksonException e) {
            throw unwritable(e);
        }
        written++;
    }

    /**
     * Returns how many records have been written.
     *
     * @return the count
     */
    public long written() {
        return written;
    }

    /**
     * Ends the records, writes the rejections and the figures, ends the document and flushes.
     *
     * @param rejected the rejections
     * @param stats the figures, a value the mapper writes as an object
     * @throws IllegalStateException if already finished
     * @throws UncheckedIOException if the stream fails
     */
    public void finish(List<Rejection> rejected, Object stats) {
        Objects.requireNonNull(rejected, "rejected");
        Objects.requireNonNull(stats, "stats");
        if (finished) {
            throw new IllegalStateException("the import document is already finished");
        }
        finished = true;
        try {
            gen.writeEndArray();
            gen.writeName(REJECTED);
            mapper.writeValue(gen, rejected);
            gen.writeName(STATS);
            mapper.writeValue(gen, stats);
            gen.writeEndObject();
            gen.writeRaw('\n');
            gen.flush();
        } catch (JacksonException e) {
            throw unwritable(e);
        }
    }

    /** Closes the generator without closing the stream; a document not finished stays unfinished. */
    @Override
    public void close() {
        try {
            gen.close();
        } catch (JacksonException e) {
            throw unwritable(e);
        }
    }

    private static UncheckedIOException unwritable(JacksonException e) {
        IOException io = e.getCause() instanceof IOException c ? c : new IOException(e.getOriginalMessage(), e);
        return new UncheckedIOException("cannot write the import document: " + e.getOriginalMessage(), io);
    }
}
