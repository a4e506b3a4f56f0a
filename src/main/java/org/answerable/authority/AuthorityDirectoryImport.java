package org.answerable.authority;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.answerable.startup.StartupTask;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the current UK local authorities (mySociety, CC BY 4.0; see data/ATTRIBUTION.md) into an
 * empty directory on first start. Later starts leave users' edits alone.
 */
@Component
@Order(1)
class AuthorityDirectoryImport implements StartupTask {

    static final String DIRECTORY_FILE = "data/uk_local_authorities.csv";
    private static final Logger log = LoggerFactory.getLogger(AuthorityDirectoryImport.class);

    private final AuthorityService service;

    AuthorityDirectoryImport(AuthorityService service) {
        this.service = service;
    }

    @Override
    public void run() throws IOException {
        if (service.count() > 0) {
            return;
        }
        List<Authority> current = readCurrentAuthorities();
        service.saveImported(current);
        log.info("Loaded {} UK local authorities into the directory", current.size());
    }

    static List<Authority> readCurrentAuthorities() throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Authority> result = new ArrayList<>();
        try (Reader in = new InputStreamReader(new ClassPathResource(DIRECTORY_FILE).getInputStream(),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(in)) {
                if ("True".equalsIgnoreCase(row.get("current-authority"))) {
                    result.add(toAuthority(row));
                }
            }
        }
        return result;
    }

    private static Authority toAuthority(CSVRecord row) {
        Nation nation = Nation.fromDisplayName(row.get("nation"))
                .orElseThrow(() -> new IllegalStateException("Unknown nation in directory: " + row.get("nation")));
        Authority authority = new Authority(row.get("official-name"), nation, nation.defaultRegime());
        authority.setCode(row.get("local-authority-code"));
        authority.setShortName(emptyToNull(row.get("nice-name")));
        authority.setRegion(emptyToNull(row.get("region")));
        authority.setAuthorityType(emptyToNull(row.get("local-authority-type-name")));
        authority.setGovukSlug(emptyToNull(row.get("gov-uk-slug")));
        authority.setWdtkId(wholeNumber(row.get("wdtk-id")));
        return authority;
    }

    /** The file writes WhatDoTheyKnow ids as floats ("240.0"); the id is "240". */
    private static String wholeNumber(String value) {
        return value == null || value.isBlank() ? null : value.replaceFirst("\\.0+$", "");
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
