package eu.adpack.adapters.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.source.Cursor;
import eu.adpack.core.source.RegistryUnavailableException;
import eu.adpack.core.source.SourcePage;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingIteratorTest {
    /** Ten pages of three records; the page numbers in {@code failing} fail once each. */
    private static final class Pages implements PageFetcher<Integer> {
        final List<Integer> fetched = new ArrayList<>();
        final List<Integer> failing;

        Pages(Integer... failing) {
            this.failing = new ArrayList<>(List.of(failing));
        }

        @Override
        public SourcePage<Integer> fetch(Cursor at) {
            int page = at.isStart() ? 1 : Integer.parseInt(at.token());
            if (failing.remove(Integer.valueOf(page))) {
                throw new RegistryUnavailableException("page " + page + " failed");
            }
            fetched.add(page);
            List<Integer> records = IntStream.range(0, 3).map(i -> (page - 1) * 3 + i).boxed().toList();
            return SourcePage.of(records, List.of(), page == 10 ? null : Cursor.of(String.valueOf(page + 1)));
        }
    }

    @Test
    void afterAFailureAskingAgainGoesOnFromTheSamePage() {
        Pages pages = new Pages(4);
        PagingIterator<Integer> it = PagingIterator.of(Cursor.START, pages);
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            seen.addAll(it.next().records());
        }
        assertThatThrownBy(it::hasNext).isInstanceOf(RegistryUnavailableException.class);
        assertThat(it.cursor()).isEqualTo(Cursor.of("4"));
        while (it.hasNext()) {
            seen.addAll(it.next().records());
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 30).boxed().toList());
        assertThat(pages.fetched).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(it.isComplete()).isTrue();
    }

    @Test
    void aNewIteratorAtTheCursorDoesNotFetchEarlierPages() {
        Pages pages = new Pages();
        PagingIterator<Integer> first = PagingIterator.of(Cursor.START, pages);
        for (int i = 0; i < 5; i++) {
            first.next();
        }
        Cursor saved = Cursor.of(first.cursor().token());
        first.close();

        PagingIterator<Integer> second = PagingIterator.of(saved, pages);
        List<Integer> rest = new ArrayList<>();
        second.forEachRemaining(p -> rest.addAll(p.records()));

        assertThat(rest).containsExactlyElementsOf(IntStream.range(15, 30).boxed().toList());
        assertThat(pages.fetched).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void aClosedIteratorFetchesNothingMore() {
        Pages pages = new Pages();
        List<String> closed = new ArrayList<>();
        PagingIterator<Integer> it = PagingIterator.of(Cursor.START, pages, () -> closed.add("closed"));
        it.next();
        it.close();
        it.close();

        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class).hasMessageContaining("closed");
        assertThat(pages.fetched).containsExactly(1);
        assertThat(closed).containsExactly("closed");
    }
}
