package eu.adpack.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.profile.PartnerProfile;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileImportTest {
    private static final AdpackJson JSON = AdpackJson.standard();

    /** A source of fixed pages whose cursor is the page number; it fails at page {@code failAt} (0: never). */
    private static final class Pages implements PageIterator<PartnerProfile> {
        private final List<List<PartnerProfile>> pages;
        private final int failAt;
        private final List<Integer> fetched;
        private int next;

        Pages(List<List<PartnerProfile>> pages, Cursor from, int failAt, List<Integer> fetched) {
            this.pages = pages;
            this.failAt = failAt;
            this.fetched = fetched;
            this.next = from.token().isEmpty() ? 0 : Integer.parseInt(from.token());
        }

        @Override
        public Cursor cursor() {
            return Cursor.of(String.valueOf(next));
        }

        @Override
        public boolean isComplete() {
            return next >= pages.size();
        }

        @Override
        public boolean hasNext() {
            if (next + 1 == failAt) {
                throw new RegistryUnavailableException("page " + failAt + ": the registry answered 503");
            }
            return next < pages.size();
        }

        @Override
        public SourcePage<PartnerProfile> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            fetched.add(next + 1);
            List<Rejection> rejections = next == 1 ? List.of(Rejection.ofRecord("BOXX", "bad")) : List.of();
            SourcePage<PartnerProfile> page = SourcePage.of(pages.get(next), rejections,
                    next + 1 < pages.size() ? Cursor.of(String.valueOf(next + 1)) : null);
            next++;
            return page;
        }

        @Override
        public void close() {
        }
    }

    private static List<List<PartnerProfile>> book() {
        List<PartnerProfile> all = ImportDocumentTest.profiles(10);
        List<List<PartnerProfile>> pages = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 3) {
            pages.add(all.subList(i, Math.min(all.size(), i + 3)));
        }
        return pages;
    }

    private static ImportDocument<PartnerProfile, ProfileImportStats> read(String text) {
        return JSON.readImport(new StringReader(text), "profiles", PartnerProfile.class, ProfileImportStats.class);
    }

    @Test
    void writesEveryPageAndTheFigures() {
        StringWriter out = new StringWriter();
        ProfileImportStats stats = ProfileImport.builder().source("api").today(LocalDate.of(2020, 1, 1)).build()
                .write(new Pages(book(), Cursor.START, 0, new ArrayList<>()), JSON.mapper(), out);
        ImportDocument<PartnerProfile, ProfileImportStats> doc = read(out.toString());
        assertThat(doc.records()).isEqualTo(ImportDocumentTest.profiles(10));
        assertThat(doc.rejected()).containsExactly(Rejection.ofRecord("BOXX", "bad"));
        assertThat(doc.stats()).isEqualTo(stats);
        assertThat(stats.pages()).isEqualTo(4);
        assertThat(stats.profiles()).isEqualTo(10);
    }

    @Test
    void aRunStoppedByTheRegistryResumesFromItsStateWithoutFetchingPagesAgain(@TempDir Path dir) {
        Path state = dir.resolve("een.state");
        ProfileImport run = ProfileImport.builder().state(state).build();
        List<Integer> fetched = new ArrayList<>();
        StringWriter first = new StringWriter();
        assertThatThrownBy(() -> run.resume(from -> new Pages(book(), from, 3, fetched), JSON.mapper(), first))
                .isInstanceOf(RegistryUnavailableException.class);
        assertThat(fetched).containsExactly(1, 2);
        assertThat(state).exists();

        fetched.clear();
        StringWriter second = new StringWriter();
        run.resume(from -> new Pages(book(), from, 0, fetched), JSON.mapper(), second);
        assertThat(fetched).containsExactly(3, 4);
        ImportDocument<PartnerProfile, ProfileImportStats> doc = read(second.toString());
        assertThat(doc.records()).isEqualTo(ImportDocumentTest.profiles(10));
        assertThat(doc.rejected()).containsExactly(Rejection.ofRecord("BOXX", "bad"));
        assertThat(doc.stats().pages()).isEqualTo(4);
        assertThat(state).doesNotExist();
        assertThat(dir.resolve("een.state.records")).doesNotExist();
    }

    @Test
    void aSpoolLongerThanTheStateSaysIsCutBackSoNoPageIsWrittenTwice(@TempDir Path dir) throws Exception {
        Path state = dir.resolve("s");
        ProfileImport run = ProfileImport.builder().state(state).build();
        assertThatThrownBy(() -> run.resume(from -> new Pages(book(), from, 3, new ArrayList<>()), JSON.mapper(),
                new StringWriter())).isInstanceOf(RegistryUnavailableException.class);
        // A kill between appending page 3 to the spool and renaming the state leaves a spool ahead of the state.
        Files.writeString(dir.resolve("s.records"), "{\"records\":[]}\n", java.nio.file.StandardOpenOption.APPEND);
        StringWriter out = new StringWriter();
        run.resume(from -> new Pages(book(), from, 0, new ArrayList<>()), JSON.mapper(), out);
        assertThat(read(out.toString()).records()).isEqualTo(ImportDocumentTest.profiles(10));
    }

    @Test
    void aStateFileThatIsNotOneIsAnUnreadableInput(@TempDir Path dir) throws Exception {
        Path state = dir.resolve("s");
        Files.writeString(state, "hello world\n");
        ProfileImport run = ProfileImport.builder().state(state).build();
        assertThatThrownBy(() -> run.resume(from -> new Pages(book(), from, 0, new ArrayList<>()), JSON.mapper(),
                new StringWriter())).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("is not an import state");
    }
}
