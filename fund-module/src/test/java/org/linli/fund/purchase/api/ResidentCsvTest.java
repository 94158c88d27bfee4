package org.linli.fund.purchase.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class ResidentCsvTest {
  static final String HEADER = ResidentCsv.HEADER + "\n";

  @Test
  void quotedFieldsKeepTheirCommas() {
    assertEquals(List.of("a", "b, c", "d\"e"), ResidentCsv.fields("a,\"b, c\",\"d\"\"e\"", 2));
  }

  @Test
  void aBadLineFailsTheFileWithItsNumber() {
    String csv =
        HEADER
            + "张三,110101194301011235,,addr,32.0,118.0,ELDERLY,,2026-01-01,\n"
            + "李四,x,,addr,,,NOT_A_GROUP,,2026-01-01,\n";
    DomainException e = assertThrows(DomainException.class, () -> ResidentCsv.parse(csv));
    assertEquals("IMPORT_ROW_INVALID", e.code());
    assertEquals(List.of(3, "VALUE"), e.text().args());
  }

  @Test
  void theHeaderIsRequiredAndRowsCounted() {
    assertEquals(
        "IMPORT_HEADER_INVALID",
        assertThrows(DomainException.class, () -> ResidentCsv.parse("a,b\n1,2\n")).code());
    assertEquals(
        "IMPORT_EMPTY",
        assertThrows(DomainException.class, () -> ResidentCsv.parse(HEADER)).code());
    ResidentCsv.Parsed p =
        ResidentCsv.parse(
            "\uFEFF" + HEADER + "张三,110101194301011235,,\"addr, 1\",,,DIBAO,,2026-01-01,\n\n");
    assertEquals(1, p.rows().size());
    assertEquals(List.of(2), p.lines());
    assertEquals("addr, 1", p.rows().get(0).address());
  }
}
