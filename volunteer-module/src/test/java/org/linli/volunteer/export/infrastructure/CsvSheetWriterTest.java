package org.linli.volunteer.export.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSheetWriterTest {
  @Test
  void writesRfc4180WithABomAndTypedCells() throws IOException {
    var out = new ByteArrayOutputStream();
    SheetWriter csv = SheetFormat.CSV.open(out, "ignored", List.of("编号", "姓名"));
    csv.row(
        Arrays.asList(
            "a,b",
            "say \"hi\"",
            "two\nlines",
            new BigDecimal("1.50"),
            LocalDate.of(2026, 1, 2),
            LocalDateTime.of(2026, 1, 2, 3, 4, 5),
            null));
    csv.finish();
    byte[] bytes = out.toByteArray();
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "BOM");
    assertEquals(
        "编号,姓名\r\n\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",1.50,2026-01-02,2026-01-02 03:04:05,\r\n",
        new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
  }

  @Test
  void textThatWouldRunAsAFormulaGetsAnApostrophe() {
    for (String risky : List.of("=cmd", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1")) {
      assertEquals("'" + risky, FormulaGuard.text(risky));
    }
    assertEquals("王=小明", FormulaGuard.text("王=小明"));
    assertEquals("", FormulaGuard.text(""));
    assertEquals(null, FormulaGuard.text(null));
  }
}
