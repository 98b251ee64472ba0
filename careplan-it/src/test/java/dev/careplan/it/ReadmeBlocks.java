package dev.careplan.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of a Markdown file, in order, with their language tag and the line they start on. */
final class ReadmeBlocks {
    private ReadmeBlocks() {
    }

    /**
     * One fenced block.
     *
     * @param language the tag after the opening fence ("" when none)
     * @param line the 1-based line of the opening fence, to name the block in a failure
     * @param text the lines between the fences, each ending with a line break
     */
    record Block(String language, int line, String text) {
    }

    static List<Block> of(Path markdown) throws IOException {
        List<String> lines = Files.readAllLines(markdown);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String open = lines.get(i);
            if (!open.startsWith("```")) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).equals("```")) {
                text.append(lines.get(j)).append('\n');
                j++;
            }
            if (j == lines.size()) {
                throw new IllegalStateException(markdown.getFileName() + ":" + (i + 1) + ": block never closed");
            }
            blocks.add(new Block(open.substring(3).trim(), i + 1, text.toString()));
            i = j;
        }
        return blocks;
    }
}
