package org.appeals.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A throw-away repository whose service "exec jars" are tiny fixture mains, so the launcher can run them for real. */
final class FakeRepository {

    private FakeRepository() {
    }

    /** mvnw, pom.xml and one jar per service running {@code mainClass}. */
    static Path create(Path root, Class<?> mainClass) throws IOException {
        Files.createFile(root.resolve("mvnw"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        for (PlatformService service : PlatformService.values()) {
            replaceJar(root, service, mainClass);
        }
        return root;
    }

    static void replaceJar(Path root, PlatformService service, Class<?> mainClass) throws IOException {
        Path target = Files.createDirectories(root.resolve(service.module()).resolve("target"));
        writeJar(target.resolve(service.module() + "-0.1.0-SNAPSHOT-exec.jar"), mainClass);
    }

    private static void writeJar(Path jar, Class<?> mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        String entry = mainClass.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream classFile = mainClass.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
    }
}
