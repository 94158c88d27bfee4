package org.linli.volunteer.export.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.volunteer.export.application.StaffExports.Chunk;
import org.linli.volunteer.export.infrastructure.SheetWriter;

class ExportTableTest {
  /** Records what it is asked to write. */
  static final class Recorder implements SheetWriter {
    final List<String> calls = new ArrayList<>();

    @Override
    public void row(List<?> cells) {
      calls.add("row " + cells);
    }

    @Override
    public void flush() {
      calls.add("flush");
    }

    @Override
    public void finish() {
      calls.add("finish");
    }
  }

  @Test
  void writesEveryPageInKeyOrderAndFlushesAfterEach() throws Exception {
    List<Integer> numbers = List.of(1, 2, 3, 4, 5);
    List<Integer> asked = new ArrayList<>();
    ExportTable<Integer, Integer> table =
        new ExportTable<>(
            "sheet",
            List.of("n"),
            n -> List.of(n),
            after -> {
              asked.add(after);
              int from = after == null ? 0 : numbers.indexOf(after) + 1;
              int to = Math.min(from + 2, numbers.size());
              return new Chunk<>(
                  numbers.subList(from, to), to < numbers.size() ? numbers.get(to - 1) : null);
            });
    var recorder = new Recorder();
    table.writeTo(recorder);
    assertEquals(
        List.of(
            "row [1]", "row [2]", "flush", "row [3]", "row [4]", "flush", "row [5]", "flush",
            "finish"),
        recorder.calls);
    assertEquals(java.util.Arrays.asList(null, 2, 4), asked);
  }

  @Test
  void fileNamesAreRfc5987Encoded() {
    assertEquals("%E5%90%8D-a.csv", Downloads.percentEncoded("名-a.csv"));
    assertEquals("a%20b%2A%22", Downloads.percentEncoded("a b*\""));
  }
}
