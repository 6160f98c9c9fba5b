/** Header lines that carry no issuer (docs/domain.md §1 and §4). Matched on folded text. */
export const MOTTO_LINES: readonly RegExp[] = [
  /^dang cong san viet nam$/,
  /^cong hoa xa hoi chu nghia viet nam$/,
  /^doc lap\s*[-–]\s*tu do\s*[-–]\s*hanh phuc$/,
  /^[-–_=.*\s]+$/,
];
