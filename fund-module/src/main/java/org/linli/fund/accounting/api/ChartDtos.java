package org.linli.fund.accounting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.accounting.domain.ChartAccount;

/** Bodies of the chart API. */
public final class ChartDtos {
  private ChartDtos() {}

  public record ChartAccountView(
      String code,
      String name,
      String parentCode,
      @Schema(enumeration = {"ASSET", "LIABILITY", "NET_ASSETS", "INCOME", "EXPENSE"})
          String category,
      @Schema(enumeration = {"DEBIT", "CREDIT"}) String side,
      @Schema(description = "Lines need a fund (3102 and the ...02 sub-accounts)")
          boolean restricted,
      @Schema(description = "A standard account of the 制度 (cannot be changed)") boolean standard,
      @Schema(description = "Postings go to leaf accounts only") boolean leaf) {
    static ChartAccountView of(ChartAccount a, Set<String> parents) {
      return new ChartAccountView(
          a.code(),
          a.name(),
          a.parentCode(),
          a.category().name(),
          a.side().name(),
          a.restricted(),
          a.standard(),
          !parents.contains(a.code()));
    }
  }

  public record ChartView(
      @Schema(
              description = "制度版本",
              enumeration = {"2004", "2024"})
          String chartVersion,
      List<ChartAccountView> accounts) {}

  public record SubAccountRequest(
      @NotBlank @Size(max = 10) String parentCode,
      @NotBlank @Size(max = 10) String code,
      @NotBlank @Size(max = 100) String name) {}

  public record BooksRequest(
      @Schema(enumeration = {"2004", "2024"}) @NotBlank String chartVersion) {}
}
