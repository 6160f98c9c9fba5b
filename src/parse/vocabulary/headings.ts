/** Header lines that carry no issuer (docs/domain.md §1 and §4). Matched on folded text. */
export const MOTTO_LINES: readonly RegExp[] = [
  /^dang cong san viet nam$/,
  /^cong hoa xa hoi chu nghia viet nam$/,
  // The Youth Union prints its name where the State prints the motto: "BCH ĐOÀN TỈNH … | ĐOÀN TNCS HỒ CHÍ MINH".
  /^doan (?:tncs|thanh nien cong san) ho chi minh$/,
  /^doc lap\s*[-–]\s*tu do\s*[-–]\s*hanh phuc$/,
  /^[-–_=.*\s]+$/,
];
