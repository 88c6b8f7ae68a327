package eu.adpack.examples.demo;

import eu.adpack.adapters.files.ImportRejection;
import eu.adpack.adapters.files.ImportStats;
import eu.adpack.adapters.files.Member;
import eu.adpack.adapters.files.MemberImport;
import eu.adpack.adapters.files.MemberListReader;
import eu.adpack.adapters.files.MemberListWriter;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The member list as cluster managers keep it: written as the files adapter's CSV template, then imported back
 * through the files adapter, which reports every row it rejects.
 */
final class MemberListStep implements DemoStep {
    /** What the import said, in its JSON form. */
    record ImportReport(ImportStats stats, List<ImportRejection> rejections) {
    }

    @Override
    public String title() {
        return "Member list import (files adapter)";
    }

    @Override
    public void run(DemoRun run) {
        Partnership p = run.data().partnership();
        List<Member> members = new ArrayList<>();
        for (Cluster c : p.clusters()) {
            for (String id : c.members()) {
                Organisation o = p.organisation(id).orElseThrow();
                members.add(new Member(o, c.id(), null));
            }
        }
        Path csv = run.file("data/members.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            MemberListWriter.writeCsv(members, w);
        } catch (IOException e) {
            throw new UncheckedIOException(csv + ": cannot be written: " + e.getMessage(), e);
        }
        MemberImport imported = MemberListReader.withDefaults().read(csv);
        AdpackJson.standard().write(run.file("data/members-import.json"),
                new ImportReport(imported.stats(), imported.rejections()));
        run.publish(MemberImport.class, imported);
        run.figure("members.rows", members.size());
        run.figure("members.imported", imported.members().size());
        run.figure("members.rejected", imported.rejections().size());
        run.line(String.format("%d of %d rows of members.csv imported, %d rejected", imported.members().size(),
                members.size(), imported.rejections().size()));
        run.link("Member list (CSV, the files adapter's template)", "data/members.csv");
        run.link("Import report: stats and rejections", "data/members-import.json");
    }
}
