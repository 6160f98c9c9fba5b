/**
 * The marks that open a list item in a document's body, as regular-expression source to build
 * patterns from: `1.`, `2)`, `3/`, `4-`, `a)`, `-`, `–`, `+`, `•`, `*`. One definition, so that the
 * stages that ask "does a clause open an item here?" agree on what an item is.
 */
export const ITEM_MARK = String.raw`(?:\d{1,2}[.)/-]|[a-zđ]\)|[-–+•*])`;

/** The same, with numbered sub-items (`1.2.`, `2.1.3)`), as plans number their sections. */
export const ITEM_MARK_NESTED = String.raw`(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)/-]|[a-zđ]\)|[-–+•*])`;
