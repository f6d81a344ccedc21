package nl.kwartiermaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bin/backup} on the embedded H2 the demo runs on: a portal holds its file database open exactly as
 * application.properties opens it, the script copies it from another process while it runs, and
 * {@code bin/backup --restore} puts the copy in an empty place, where every table holds what the portal had at the
 * moment of the backup and nothing written after it.
 */
class BackupScriptTest {

    @TempDir
    Path folder;

    @Test
    void bin_backup_copies_the_demo_database_while_the_portal_runs_and_restores_the_copy_into_an_empty_place()
            throws Exception {
        String demoUrl = demoDatabaseUrl();
        assertThat(demoUrl).as("the demo opens H2 so that bin/backup can reach it while the portal runs")
                .contains("AUTO_SERVER=TRUE");
        String url = demoUrl.replace("./data/", folder.resolve("data").toAbsolutePath() + "/");
        Path copy = folder.resolve("copy.sql.gz");
        String restoredUrl = "jdbc:h2:file:" + folder.resolve("restored/kwartiermaker").toAbsolutePath();

        Map<String, String> atBackup;
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(KwartiermakerApplication.class,
                TestClockConfig.class).profiles("test").run("--spring.datasource.url=" + url, "--server.port=0")) {
            UserService users = portal.getBean(UserService.class);
            SignedIn.as("beheerder@backup.test", Role.BEHEERDER);
            users.create(new UserService.NewUser("voor@backup.test", "Voor de back-up", EnumSet.of(Role.MEDEWERKER),
                    "een lang wachtwoord"));
            atBackup = BackupTarget.of(url, "sa", "").tableFingerprints();

            assertThat(run(url, copy.toString())).contains("Backup written to " + copy);

            users.create(new UserService.NewUser("na@backup.test", "Na de back-up", EnumSet.of(Role.MEDEWERKER),
                    "een lang wachtwoord"));
        } finally {
            SignedIn.nobody();
        }

        assertThat(run(url, "--restore", copy.toString()))
                .as("a restore never lands on top of a database that is still there")
                .contains("exists: stop the portal and move it");
        assertThat(run(restoredUrl, "--restore", copy.toString())).contains("Restored " + copy);

        BackupTarget restored = BackupTarget.of(restoredUrl, "sa", "");
        assertThat(restored.tableFingerprints()).isEqualTo(atBackup);
        assertThat(restored.count("portal_user where email = 'voor@backup.test'")).isEqualTo(1);
        assertThat(restored.count("portal_user where email = 'na@backup.test'")).isZero();
    }

    /** The H2 URL of the demo profile, from the application's own settings. */
    private static String demoDatabaseUrl() throws IOException {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            settings.load(in);
        }
        return settings.getProperty("spring.datasource.url");
    }

    /** Runs bin/backup as an operator would, with H2 from the test's class path instead of a built jar. */
    private static String run(String databaseUrl, String... arguments) throws Exception {
        var command = new java.util.ArrayList<String>();
        command.add("bin/backup");
        command.addAll(java.util.List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("KWARTIERMAKER_DB_URL", databaseUrl);
        builder.environment().put("KWARTIERMAKER_H2_JAR",
                Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return output;
    }
}
