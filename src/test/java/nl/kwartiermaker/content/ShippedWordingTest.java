package nl.kwartiermaker.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One word per concept: every shipped text (knowledge base, YAML templates, translations, mail templates) avoids the
 * words that {@code docs/woordenlijst.md} rejects, and Dutch texts use the curly apostrophe. The rejected words are
 * read from that page itself, so the list and the test cannot drift apart.
 */
class ShippedWordingTest {

    static final Path WORD_LIST = Path.of("docs/woordenlijst.md");
    static final Path RESOURCES = Path.of("src/main/resources");

    /** A rejected word or phrase, the word to use instead, and the language whose files it applies to. */
    record Rejected(String term, String instead, Language language) {

        Pattern pattern() {
            StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}/])");
            Matcher part = Pattern.compile("\\*|\\{n}|\\s+|[^*\\s{]+|\\{").matcher(term);
            while (part.find()) {
                String token = part.group();
                if (token.equals("*")) {
                    regex.append("[\\p{L}\\p{N}]*");
                } else if (token.equals("{n}")) {
                    regex.append("\\d+");
                } else if (token.isBlank()) {
                    regex.append("\\s+");
                } else {
                    regex.append(Pattern.quote(token));
                }
            }
            return Pattern.compile(regex.append("(?![\\p{L}\\p{N}])").toString(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    /** One shipped file, one rejected word, and the literal text a line must contain for the word to be allowed. */
    record Allowed(String file, String term, String lineContains) {
    }

    enum Language { DUTCH, ENGLISH }

    record Hit(String file, int line, String term, String instead) {
        @Override
        public String toString() {
            return file + ":" + line + ": \"" + term + "\" (use " + instead + ")";
        }
    }

    /** Straight apostrophes inside a word (collega's) or before 's, 't and 'n; quotation marks ('zo') are fine. */
    static final Pattern STRAIGHT_APOSTROPHE = Pattern.compile("\\p{L}'+\\p{L}|(?<![\\p{L}\\p{N}])'+[stn](?![\\p{L}])");

    // ------------------------------------------------------------------ the tests

    @Test
    void the_word_list_names_rejected_words_for_both_languages_and_the_portal_s_key_choices() throws IOException {
        List<Rejected> rejected = rejectedWords();
        assertThat(rejected).filteredOn(r -> r.language() == Language.DUTCH).extracting(Rejected::term)
                .contains("functieomschrijving*", "reguliere medewerker*", "gewone collega*", "maatje/mentor",
                        "korte termijn successen", "open staat", "stap {n}");
        assertThat(rejected).filteredOn(r -> r.language() == Language.ENGLISH).extracting(Rejected::term)
                .contains("traject*", "intervision*");
        assertThat(rejected).allSatisfy(r -> assertThat(r.instead()).as(r.term()).isNotBlank());
    }

    @Test
    void no_shipped_text_uses_a_word_the_word_list_rejects() throws IOException {
        List<Allowed> exceptions = exceptions();
        List<Hit> hits = hits(rejectedWords()).stream().filter(hit -> !allowed(hit, exceptions)).toList();
        assertThat(hits).as("words that docs/woordenlijst.md rejects").isEmpty();
    }

    @Test
    void every_exception_in_the_word_list_is_still_needed() throws IOException {
        List<Hit> hits = hits(rejectedWords());
        for (Allowed exception : exceptions()) {
            assertThat(hits).as("exception for " + exception + " in docs/woordenlijst.md is no longer needed")
                    .anyMatch(hit -> matches(hit, exception));
        }
    }

    @Test
    void dutch_texts_use_the_curly_apostrophe() throws IOException {
        List<String> straight = new ArrayList<>();
        for (ShippedFile file : shippedFiles()) {
            if (file.language() != Language.DUTCH) {
                continue;
            }
            for (Map.Entry<Integer, String> line : file.texts().entrySet()) {
                if (STRAIGHT_APOSTROPHE.matcher(line.getValue()).find()) {
                    straight.add(file.name() + ":" + line.getKey() + ": " + abbreviate(line.getValue()));
                }
            }
        }
        assertThat(straight).as("write ’ (collega’s, zo’n), not '").isEmpty();
    }

    // ------------------------------------------------------------------ the rules of the search, tried on examples

    @Test
    void a_rejected_word_is_found_as_a_whole_word_whatever_its_case() {
        Pattern word = new Rejected("open staat", "openstaat", Language.DUTCH).pattern();
        assertThat(word.matcher("Als de organisatie ervoor Open  staat.").find()).isTrue();
        assertThat(word.matcher("als de deur openstaat").find()).isFalse();
        assertThat(word.matcher("de knop staat open staatsgeheim").find()).isFalse();
    }

    @Test
    void a_star_also_finds_longer_forms_and_a_number_stands_for_any_number() {
        Pattern star = new Rejected("functieomschrijving*", "functieprofiel", Language.DUTCH).pattern();
        assertThat(star.matcher("twee Functieomschrijvingen").find()).isTrue();
        assertThat(star.matcher("de taak- en functieomschrijving").find()).isTrue();
        Pattern number = new Rejected("stap {n}", "onderdeel", Language.DUTCH).pattern();
        assertThat(number.matcher("## Stap 10. Verandercultuur").find()).isTrue();
        assertThat(number.matcher("Stap {0} van {1}").find()).isFalse();
        assertThat(number.matcher("een stap verder").find()).isFalse();
    }

    @Test
    void addresses_keys_sources_and_comments_are_not_texts() {
        Pattern traject = new Rejected("traject*", "programme", Language.ENGLISH).pattern();
        assertThat(traject.matcher("Read it: {6}/trajecten/{5}/besluit").find()).isFalse();
        assertThat(traject.matcher("the Traject {1}").find()).isTrue();

        assertThat(ShippedFile.texts("a.yaml", List.of("  - key: fase2.functieomschrijving.opstellen",
                "    title: Stel een functieprofiel op", "    source: \"001 …: Zorg voor een duidelijke functieomschrijving\"",
                "    knowledge: verkenning"))).containsOnlyKeys(2);
        assertThat(ShippedFile.texts("a_nl.properties", List.of("# the reviewer's summary",
                "traject.title=Trajecten", "", "   ! also a comment"))).containsExactly(Map.entry(2, "Trajecten"));
        assertThat(ShippedFile.texts("a.md", List.of("---", "title: Fase 2", "source: 001 Creëer korte termijn successen",
                "---", "Tekst"))).containsOnlyKeys(2, 5);
    }

    @Test
    void only_the_newest_version_of_a_versioned_template_is_checked() {
        List<Path> files = List.of(Path.of("traject/checklist-v1.yaml"), Path.of("traject/checklist-v2.yaml"),
                Path.of("traject/checklist-v10.yaml"), Path.of("traject/go-no-go-v1.yaml"),
                Path.of("roledescription/text-blocks.yaml"));
        assertThat(newestVersions(files)).extracting(Path::toString).containsExactlyInAnyOrder(
                "traject/checklist-v10.yaml", "traject/go-no-go-v1.yaml", "roledescription/text-blocks.yaml");
    }

    @Test
    void the_apostrophe_rule_knows_quotation_marks_from_apostrophes() {
        assertThat(STRAIGHT_APOSTROPHE.matcher("de collega's van het team").find()).isTrue();
        assertThat(STRAIGHT_APOSTROPHE.matcher("Thema''s: {0}").find()).isTrue();
        assertThat(STRAIGHT_APOSTROPHE.matcher("Dat kan 's avonds").find()).isTrue();
        assertThat(STRAIGHT_APOSTROPHE.matcher("Klik op 'Opslaan' of 'stoppen'.").find()).isFalse();
        assertThat(STRAIGHT_APOSTROPHE.matcher("de collega’s van het team").find()).isFalse();
    }

    // ------------------------------------------------------------------ reading the word list

    static List<Rejected> rejectedWords() throws IOException {
        List<Rejected> result = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> section : tables().entrySet()) {
            Language language = switch (section.getKey()) {
                case "Nederlands" -> Language.DUTCH;
                case "English" -> Language.ENGLISH;
                default -> null;
            };
            if (language == null) {
                continue;
            }
            for (List<String> row : section.getValue()) {
                for (String term : backticked(row.get(1))) {
                    result.add(new Rejected(term, row.get(0), language));
                }
            }
        }
        return result;
    }

    static List<Allowed> exceptions() throws IOException {
        List<Allowed> result = new ArrayList<>();
        for (List<String> row : tables().getOrDefault("Uitzonderingen", List.of())) {
            result.add(new Allowed(backticked(row.get(0)).getFirst(), backticked(row.get(1)).getFirst(),
                    backticked(row.get(2)).getFirst()));
        }
        return result;
    }

    /** The table rows (without header and separator) under each level-2 heading of the word list. */
    private static Map<String, List<List<String>>> tables() throws IOException {
        Map<String, List<List<String>>> tables = new TreeMap<>();
        String section = "";
        boolean header = false;
        for (String line : Files.readAllLines(WORD_LIST, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                section = line.substring(3).trim();
                header = true;
            } else if (line.startsWith("|")) {
                if (header) {
                    header = false;
                } else if (!line.matches("\\|[\\s|:-]+")) {
                    List<String> cells = List.of(line.substring(1, line.lastIndexOf('|')).split("\\|"));
                    tables.computeIfAbsent(section, s -> new ArrayList<>())
                            .add(cells.stream().map(String::trim).toList());
                }
            } else {
                header = true;
            }
        }
        return tables;
    }

    private static List<String> backticked(String cell) {
        List<String> terms = new ArrayList<>();
        Matcher matcher = Pattern.compile("`([^`]+)`").matcher(cell);
        while (matcher.find()) {
            terms.add(matcher.group(1));
        }
        return terms;
    }

    // ------------------------------------------------------------------ reading the shipped texts

    /** A shipped text file, with its lines of text by line number (keys, sources and comments left out). */
    record ShippedFile(String name, Language language, Map<Integer, String> texts) {

        static Map<Integer, String> texts(String name, List<String> lines) {
            Map<Integer, String> texts = new TreeMap<>();
            boolean frontMatter = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String text = line;
                if (name.endsWith(".properties")) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                        continue;
                    }
                    int separator = line.indexOf('=');
                    text = separator < 0 ? "" : line.substring(separator + 1);
                } else if (name.endsWith(".yaml") && line.strip().startsWith("#")) {
                    continue;
                } else if (name.endsWith(".md") && line.equals("---")) {
                    frontMatter = i == 0;
                    continue;
                }
                String field = line.strip().replaceFirst("^- ", "");
                if (!name.endsWith(".properties") && (name.endsWith(".yaml") || frontMatter)
                        && field.matches("(key|source|sources|knowledge|slug):.*")) {
                    continue;
                }
                if (!text.isBlank()) {
                    texts.put(i + 1, text);
                }
            }
            return texts;
        }
    }

    static List<ShippedFile> shippedFiles() throws IOException {
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> kennisbank = Files.list(RESOURCES.resolve("kennisbank"))) {
            kennisbank.filter(p -> p.toString().endsWith(".md")).forEach(candidates::add);
        }
        for (String folder : List.of("readiness", "roledescription", "traject", "mentoring")) {
            try (Stream<Path> templates = Files.list(RESOURCES.resolve(folder))) {
                templates.filter(p -> p.toString().endsWith(".yaml")).forEach(candidates::add);
            }
        }
        for (String bundle : List.of("vaadin-i18n/translations", "mail/templates")) {
            candidates.add(RESOURCES.resolve(bundle + "_nl.properties"));
            candidates.add(RESOURCES.resolve(bundle + "_en.properties"));
        }
        List<ShippedFile> files = new ArrayList<>();
        for (Path path : newestVersions(candidates)) {
            String name = RESOURCES.relativize(path).toString().replace('\\', '/');
            Language language = name.endsWith("_en.properties") ? Language.ENGLISH : Language.DUTCH;
            files.add(new ShippedFile(name, language,
                    ShippedFile.texts(name, Files.readAllLines(path, StandardCharsets.UTF_8))));
        }
        assertThat(files).as("shipped files found").hasSizeGreaterThan(20);
        return files;
    }

    /** Older versions of a template are frozen copies that running trajecten and rounds keep. */
    static List<Path> newestVersions(List<Path> files) {
        Pattern versioned = Pattern.compile("(.+)-v(\\d+)\\.yaml");
        Map<String, Optional<Path>> newest = files.stream()
                .filter(p -> versioned.matcher(p.toString()).matches())
                .collect(Collectors.groupingBy(p -> family(versioned, p), Collectors.maxBy(
                        Comparator.comparingInt(p -> version(versioned, p)))));
        Set<Path> keep = new HashSet<>();
        newest.values().forEach(p -> p.ifPresent(keep::add));
        return files.stream().filter(p -> !versioned.matcher(p.toString()).matches() || keep.contains(p)).toList();
    }

    private static String family(Pattern versioned, Path path) {
        Matcher matcher = versioned.matcher(path.toString());
        matcher.matches();
        return matcher.group(1);
    }

    private static int version(Pattern versioned, Path path) {
        Matcher matcher = versioned.matcher(path.toString());
        matcher.matches();
        return Integer.parseInt(matcher.group(2));
    }

    static List<Hit> hits(List<Rejected> rejected) throws IOException {
        List<Hit> hits = new ArrayList<>();
        for (ShippedFile file : shippedFiles()) {
            for (Rejected word : rejected) {
                if (word.language() != file.language()) {
                    continue;
                }
                Pattern pattern = word.pattern();
                file.texts().forEach((line, text) -> {
                    if (pattern.matcher(text).find()) {
                        hits.add(new Hit(file.name(), line, word.term(), word.instead()));
                    }
                });
            }
        }
        return hits;
    }

    private static boolean allowed(Hit hit, List<Allowed> exceptions) {
        return exceptions.stream().anyMatch(exception -> matches(hit, exception));
    }

    private static boolean matches(Hit hit, Allowed exception) {
        if (!hit.file().equals(exception.file()) || !hit.term().equals(exception.term())) {
            return false;
        }
        try {
            List<String> lines = Files.readAllLines(RESOURCES.resolve(hit.file()), StandardCharsets.UTF_8);
            return lines.get(hit.line() - 1).contains(exception.lineContains());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        String trimmed = text.strip();
        return trimmed.length() > 100 ? trimmed.substring(0, 100) + "…" : trimmed;
    }
}
