package eu.adpack.adapters.een;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.source.SourceResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EenSourceFromStreamTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final EenConfig CONFIG = EenConfig.builder().clock(NOW).pageSize(2).build();

    private static Path file(String name) throws URISyntaxException {
        return Path.of(EenSourceFromStreamTest.class.getResource("/een/" + name).toURI());
    }

    @Test
    void aClasspathResourceAndAStreamReadAsTheSameFile() throws Exception {
        for (String name : new String[] {"b2b-page.json", "pod-sample.xml"}) {
            SourceResult<PartnerProfile> fromFile = EenSource.ofFile(file(name), CONFIG).readAll(SourceQuery.all());
            SourceResult<PartnerProfile> fromResource = EenSource.ofResource(getClass().getClassLoader(),
                    "een/" + name, CONFIG).readAll(SourceQuery.all());
            byte[] bytes = Files.readAllBytes(file(name));
            AtomicInteger opened = new AtomicInteger();
            SourceResult<PartnerProfile> fromStream = EenSource.ofStream(() -> {
                opened.incrementAndGet();
                return new ByteArrayInputStream(bytes);
            }, name, CONFIG).readAll(SourceQuery.all());

            assertThat(fromFile.records()).as(name).isNotEmpty();
            assertThat(fromResource).as(name).isEqualTo(fromFile);
            assertThat(fromStream).as(name).isEqualTo(fromFile);
            assertThat(opened).as("one read opens the document once").hasValue(1);
        }
    }

    @Test
    void aMissingResourceIsRefusedWhenTheSourceIsMade() {
        assertThatThrownBy(() -> EenSource.ofResource(getClass().getClassLoader(), "een/nothing.json", CONFIG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EEN resource 'een/nothing.json' is not on the class path");
    }

    @Test
    void theSourceClosesTheStreamItWasGiven() throws Exception {
        byte[] bytes = Files.readAllBytes(file("b2b-page.json"));
        AtomicInteger closed = new AtomicInteger();
        EenSource.ofStream(() -> new ByteArrayInputStream(bytes) {
            @Override
            public void close() throws IOException {
                closed.incrementAndGet();
                super.close();
            }
        }, "page", CONFIG).readAll(SourceQuery.all());
        assertThat(closed).hasValue(1);
    }
}
