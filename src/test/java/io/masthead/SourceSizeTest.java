package io.masthead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class in src/main/java fits in 300 lines and every method or constructor in 60, so each
 * can be read whole. Lines are counted as an editor shows them: a class file from its first line
 * to its last, a method from its signature (annotations included, its comment not) to its brace.
 */
class SourceSizeTest {

    static final int CLASS_LINES = 300;
    static final int METHOD_LINES = 60;
    static final Path SOURCES = Path.of("src/main/java");

    @Test
    void noClassOver300LinesAndNoMethodOver60() throws IOException {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        List<String> tooLong = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no sources under " + SOURCES.toAbsolutePath());
        for (Path file : files) {
            long lines = Files.readAllLines(file).size();
            if (lines > CLASS_LINES) {
                tooLong.add(SOURCES.relativize(file) + ": " + lines + " lines");
            }
            CompilationUnit unit = StaticJavaParser.parse(file);
            for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
                int length = callable.getEnd().orElseThrow().line - callable.getBegin().orElseThrow().line + 1;
                if (length > METHOD_LINES) {
                    String owner = callable.findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString()).orElse("?");
                    tooLong.add(SOURCES.relativize(file) + ": " + owner + "." + callable.getNameAsString() + " "
                            + length + " lines");
                }
            }
        }
        assertEquals(List.of(), tooLong, "classes over " + CLASS_LINES + " lines or methods over " + METHOD_LINES);
    }
}
