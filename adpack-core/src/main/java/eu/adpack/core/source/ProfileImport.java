package eu.adpack.core.source;

import eu.adpack.core.profile.PartnerProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import of partner profiles from a source into an {@link ImportDocument} of {@code profiles} with
 * {@link ProfileImportStats}, written as the pages arrive, which is what {@code adpack import een} prints.
 *
 * <p>The first page is fetched before anything is written, so an input that is unusable as a whole leaves the output
 * empty; after that profiles are written page by page and never held all at once. Build one with {@link #builder()}.
 *
 * <p>With a {@linkplain Builder#state(Path) state file} an import survives being killed: after each page the page's
 * records are appended to a spool file beside the state ({@code <state>.records}) and then the source's cursor is
 * written to the state file atomically (a temporary file renamed over it). A later {@link #resume} with the same state
 * file writes the spooled records first and goes on reading at the cursor, so the pages read before the interruption
 * are not fetched again and the document still holds every record. After a whole import both files are removed.
 *
 * <p>Immutable and thread-safe; each call reads its own iterator.
 */
public final class ProfileImport {
    private final String source;
    private final LocalDate today;
    private final int maxWarningsShown;
    private final Supplier<ProfileImportStats.Http> http;
    private final Consumer<PageIterator<PartnerProfile>> afterPage;
    private final Path state;

    private ProfileImport(Builder b) {
        this.source = b.source;
        this.today = b.today;
        this.maxWarningsShown = b.maxWarningsShown;
        this.http = b.http;
        this.afterPage = b.afterPage;
        this.state = b.state;
    }

    /**
     * Returns a builder with the defaults documented on its setters.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this import's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.source = source;
        b.today = today;
        b.maxWarningsShown = maxWarningsShown;
        b.http = http;
        b.afterPage = afterPage;
        b.state = state;
        return b;
    }

    /**
     * Reads every page of {@code pages}, writes the document to {@code out} through {@code mapper}, and closes the
     * iterator.
     *
     * @param pages the read, e.g. {@code source.open(query)}
     * @param mapper the mapper, e.g. {@code AdpackJson.withoutPersonalData().mapper()}
     * @param out the stream, flushed and not closed
     * @return the figures, which the document also holds
     * @throws RegistryUnavailableException if a page cannot be fetched; the output is then an unfinished document
     *     (or empty when the first page failed)
     * @throws UnreadableInputException if the source's input is unusable as a whole
     */
    public ProfileImportStats write(PageIterator<PartnerProfile> pages, JsonMapper mapper, OutputStream out) {
        Objects.requireNonNull(pages, "pages");
        return resume(from -> pages, mapper, out);
    }

    /**
     * Like {@link #write(PageIterator, JsonMapper, OutputStream)}, to a character stream.
     *
     * @param pages the read, e.g. {@code source.open(query)}
     * @param mapper the mapper, e.g. {@code AdpackJson.withoutPersonalData().mapper()}
     * @param out the writer, flushed and not closed
     * @return the figures, which the document also holds
     * @throws RegistryUnavailableException if a page cannot be fetched
     * @throws UnreadableInputException if the source's input is unusable as a whole
     */
    public ProfileImportStats write(PageIterator<PartnerProfile> pages, JsonMapper mapper, Writer out) {
        Objects.requireNonNull(pages, "pages");
        return resume(from -> pages, mapper, out);
    }

    /**
     * Like {@link #write}, opening the read itself: at {@link Cursor#START}, or, when the state file holds the cursor
     * of an interrupted import, at that cursor after writing the records spooled before the interruption.
     *
     * @param open opens the read at a cursor, e.g. {@code from -> source.open(query, from)}
     * @param mapper the mapper, e.g. {@code AdpackJson.withoutPersonalData().mapper()}
     * @param out the stream, flushed and not closed
     * @return the figures, which the document also holds
     * @throws RegistryUnavailableException if a page cannot be fetched; the state then holds the last good page
     * @throws UnreadableInputException if the source's input or the state file is unusable
     * @throws UncheckedIOException if the state or spool file cannot be written
     */
    public ProfileImportStats resume(Function<Cursor, PageIterator<PartnerProfile>> open, JsonMapper mapper,
            OutputStream out) {
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(out, "out");
        return run(open, mapper, () -> ImportDocumentWriter.open(mapper, out, "profiles"));
    }

    /**
     * Like {@link #resume(Function, JsonMapper, OutputStream)}, to a character stream.
     *
     * @param open opens the read at a cursor, e.g. {@code from -> source.open(query, from)}
     * @param mapper the mapper, e.g. {@code AdpackJson.withoutPersonalData().mapper()}
     * @param out the writer, flushed and not closed
     * @return the figures, which the document also holds
     * @throws RegistryUnavailableException if a page cannot be fetched; the state then holds the last good page
     * @throws UnreadableInputException if the source's input or the state file is unusable
     * @throws UncheckedIOException if the state or spool file cannot be written
     */
    public ProfileImportStats resume(Function<Cursor, PageIterator<PartnerProfile>> open, JsonMapper mapper,
            Writer out) {
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(out, "out");
        return run(open, mapper, () -> ImportDocumentWriter.open(mapper, out, "profiles"));
    }

    private ProfileImportStats run(Function<Cursor, PageIterator<PartnerProfile>> open, JsonMapper mapper,
            Supplier<ImportDocumentWriter<PartnerProfile>> writer) {
        Objects.requireNonNull(open, "open");
        Spool spool = state == null ? null : Spool.open(state, mapper);
        PageIterator<PartnerProfile> pages = open.apply(spool == null ? Cursor.START : spool.cursor);
        long start = System.nanoTime();
        Tally tally = new Tally(today != null ? today : LocalDate.now(ZoneOffset.UTC), maxWarningsShown);
        try (pages) {
            pages.hasNext();
            try (ImportDocumentWriter<PartnerProfile> w = writer.get()) {
                if (spool != null) {
                    for (SourcePage<PartnerProfile> page : spool.pages()) {
                        tally.add(page, w);
                    }
                }
                while (pages.hasNext()) {
                    SourcePage<PartnerProfile> page = pages.next();
                    tally.add(page, w);
                    if (spool != null) {
                        spool.append(page, pages.cursor());
                    }
                    afterPage.accept(pages);
                }
                ProfileImportStats stats = new ProfileImportStats(source, w.written(), tally.rejected.size(),
                        tally.limited, tally.expired, tally.pages, (System.nanoTime() - start) / 1_000_000,
                        tally.warningCount, tally.warnings, http.get());
                w.finish(tally.rejected, stats);
                if (spool != null) {
                    spool.delete();
                }
                return stats;
            }
        }
    }

    /** The figures gathered page by page. */
    private static final class Tally {
        private final LocalDate day;
        private final int maxWarnings;
        private final List<Rejection> rejected = new ArrayList<>();
        private final List<SourceWarning> warnings = new ArrayList<>();
        private long limited;
        private long expired;
        private long warningCount;
        private int pages;

        Tally(LocalDate day, int maxWarnings) {
            this.day = day;
            this.maxWarnings = maxWarnings;
        }

        void add(SourcePage<PartnerProfile> page, ImportDocumentWriter<PartnerProfile> w) {
            pages++;
            for (PartnerProfile p : page.records()) {
                w.add(p);
                limited += p.limited() ? 1 : 0;
                expired += p.isExpiredOn(day) ? 1 : 0;
            }
            rejected.addAll(page.rejections());
            warningCount += page.warnings().size();
            for (SourceWarning warning : page.warnings()) {
                if (warnings.size() < maxWarnings) {
                    warnings.add(warning);
                }
            }
        }
    }

    /**
     * Settings of a {@link ProfileImport}. Not thread-safe.
     */
    public static final class Builder {
        private String source = "file";
        private LocalDate today;
        private int maxWarningsShown = 1000;
        private Supplier<ProfileImportStats.Http> http = () -> null;
        private Consumer<PageIterator<PartnerProfile>> afterPage = p -> { };
        private Path state;

        private Builder() {
        }

        /**
         * Sets the state file that makes the import resumable (see the class documentation). Default: null, no state.
         *
         * @param state the file, or null
         * @return this builder
         */
        public Builder state(Path state) {
            this.state = state;
            return this;
        }

        /**
         * Sets what the figures name as the source. Default {@code file}.
         *
         * @param source e.g. {@code file} or {@code api}
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder source(String source) {
            Objects.requireNonNull(source, "source");
            if (source.isBlank()) {
                throw new IllegalArgumentException("source: '' is blank (expected e.g. file or api)");
            }
            this.source = source;
            return this;
        }

        /**
         * Sets the day on which profiles count as expired. Default: null, today in UTC when the import runs.
         *
         * @param today the day, or null for the day of the run
         * @return this builder
         */
        public Builder today(LocalDate today) {
            this.today = today;
            return this;
        }

        /**
         * Sets how many warnings the figures list (all are counted). Default 1000.
         *
         * @param max 0 or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxWarningsShown(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxWarningsShown: " + max + " is negative (expected 0 or more)");
            }
            this.maxWarningsShown = max;
            return this;
        }

        /**
         * Sets where the HTTP figures come from, asked once at the end. Default: none (no {@code http} in the
         * figures).
         *
         * @param http the supplier; it may return null
         * @return this builder
         */
        public Builder http(Supplier<ProfileImportStats.Http> http) {
            this.http = Objects.requireNonNull(http, "http");
            return this;
        }

        /**
         * Sets what runs after each page has been written, e.g. storing {@link PageIterator#cursor()} so that an
         * interrupted import can resume. Default: nothing.
         *
         * @param afterPage the action, given the iterator
         * @return this builder
         */
        public Builder afterPage(Consumer<PageIterator<PartnerProfile>> afterPage) {
            this.afterPage = Objects.requireNonNull(afterPage, "afterPage");
            return this;
        }

        /**
         * Builds the import.
         *
         * @return the import
         */
        public ProfileImport build() {
            return new ProfileImport(this);
        }
    }

    /**
     * The spooled pages of an interrupted import and its cursor.
     *
     * <p>The state file holds one line {@code <spool length> <cursor token>}; the spool holds one JSON line per page.
     * The spool is appended and forced to disk before the state names its new length, so a kill between the two
     * leaves a longer spool whose tail the next run cuts off.
     */
    private static final class Spool {
        private final Path state;
        private final Path records;
        private final ObjectWriter lines;
        private final JsonMapper mapper;
        private final Cursor cursor;
        private final long length;

        private Spool(Path state, JsonMapper mapper, Cursor cursor, long length) {
            this.state = state;
            this.records = state.resolveSibling(state.getFileName() + ".records");
            this.mapper = mapper;
            this.lines = mapper.writer().without(SerializationFeature.INDENT_OUTPUT);
            this.cursor = cursor;
            this.length = length;
        }

        static Spool open(Path state, JsonMapper mapper) {
            if (!Files.exists(state)) {
                Spool fresh = new Spool(state, mapper, Cursor.START, 0);
                try {
                    Files.deleteIfExists(fresh.records);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove " + fresh.records + ": " + e.getMessage(), e);
                }
                return fresh;
            }
            String line;
            try {
                line = Files.readString(state, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + state + ": " + e.getMessage(), e);
            }
            int space = line.indexOf(' ');
            String size = space < 0 ? line : line.substring(0, space);
            try {
                long length = Long.parseLong(size);
                if (length < 0) {
                    throw new NumberFormatException(size);
                }
                return new Spool(state, mapper, Cursor.of(space < 0 ? "" : line.substring(space + 1)), length);
            } catch (IllegalArgumentException e) {
                throw new UnreadableInputException(state + ": line 1: '" + line + "' is not an import state"
                        + " (expected the spool length and the cursor, as an interrupted import wrote them)");
            }
        }

        /** Reads the pages spooled up to the length the state names, cutting off what lies beyond. */
        List<SourcePage<PartnerProfile>> pages() {
            List<SourcePage<PartnerProfile>> out = new ArrayList<>();
            if (length == 0) {
                return out;
            }
            try (FileChannel ch = FileChannel.open(records, StandardOpenOption.WRITE)) {
                if (ch.size() < length) {
                    throw new UnreadableInputException(records + ": holds " + ch.size() + " bytes (expected at least "
                            + length + ", as " + state + " says)");
                }
                ch.truncate(length);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + records + ": " + e.getMessage(), e);
            }
            try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    SpooledPage p = mapper.readValue(line, SpooledPage.class);
                    out.add(SourcePage.of(p.records(), p.rejections(), p.warnings(), Cursor.START));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + records + ": " + e.getMessage(), e);
            } catch (JacksonException e) {
                throw new UnreadableInputException(records + ": a spooled page cannot be read ("
                        + e.getOriginalMessage() + "); remove " + state + " to start again");
            }
            return out;
        }

        void append(SourcePage<PartnerProfile> page, Cursor next) {
            try {
                byte[] line = (lines.writeValueAsString(new SpooledPage(page.records(), page.rejections(),
                        page.warnings())) + "\n").getBytes(StandardCharsets.UTF_8);
                long size;
                try (FileChannel ch = FileChannel.open(records, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    ch.write(ByteBuffer.wrap(line));
                    ch.force(true);
                    size = ch.size();
                }
                Path tmp = state.resolveSibling(state.getFileName() + ".tmp");
                Files.writeString(tmp, size + " " + next.token() + "\n", StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the import state " + state + ": " + e.getMessage(), e);
            }
        }

        void delete() {
            try {
                Files.deleteIfExists(records);
                Files.deleteIfExists(state);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the import state " + state + ": " + e.getMessage(), e);
            }
        }
    }

    /** One page in the spool. */
    private record SpooledPage(List<PartnerProfile> records, List<Rejection> rejections,
            List<SourceWarning> warnings) {
        SpooledPage {
            records = records == null ? List.of() : records;
            rejections = rejections == null ? List.of() : rejections;
            warnings = warnings == null ? List.of() : warnings;
        }
    }
}
