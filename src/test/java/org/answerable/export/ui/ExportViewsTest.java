package org.answerable.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.answerable.account.Role;
import org.answerable.export.ExportFormat;
import org.answerable.request.FoiRequest;
import org.answerable.support.ExploitationRequests;
import org.answerable.support.IntegrationTest;
import org.answerable.support.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The download links where campaigners look for them, clicked as a user would. */
@IntegrationTest
@ViewPackages(packages = "org.answerable")
class ExportViewsTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired ExploitationRequests examples;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_viewer_downloads_the_requests_the_page_filters_select() {
        String team = "team-" + UUID.randomUUID();
        users.signIn(users.createInTeam(Role.MEMBER, team));
        FoiRequest leicester = examples.sendAndAnswer("LCE");
        examples.send("COV");
        users.signIn(users.createInTeam(Role.VIEWER, team));

        navigate("requests", Component.class);
        test($(Select.class).single()).selectItem("Partly refused");
        ExportLinks requests = links("Download requests");

        String csv = download(requests.link(ExportFormat.CSV));
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains(leicester.getId() + ",Child exploitation 2015-2024,Leicester City Council,LCE")
                .doesNotContain("COV");
    }

    @Test
    void the_request_page_offers_its_answers_and_figures_with_suppressed_cells_kept() throws IOException {
        users.signInNew(Role.MEMBER);
        FoiRequest leicester = examples.sendAndAnswer("LCE");

        navigate("requests/" + leicester.getId(), Component.class);

        assertThat(download(links("Download answers").link(ExportFormat.CSV))).contains("FOIA-s12");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        test(links("Data values").link(ExportFormat.XLSX)).download(xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(2).getCell(10).getStringCellValue()).isEqualTo("<5");
            assertThat(book.getSheetAt(0).getRow(2).getCell(11).getStringCellValue()).isEqualTo("suppressed");
        }
    }

    private ExportLinks links(String what) {
        List<ExportLinks> all = $(ExportLinks.class).all();
        return all.stream().filter(l -> l.getComponentAt(0).getElement().getText().equals(what + ":"))
                .findFirst().orElseThrow(() -> new AssertionError("No \"" + what + "\" downloads on the page"));
    }

    private String download(Anchor link) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(link).download(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
