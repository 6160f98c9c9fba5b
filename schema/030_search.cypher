// Full-text indexes the read queries use (src/graph/read/fulltext.ts): `directives(search:)` finds
// its candidates here instead of folding every directive's fields, and `directive(number:)` finds a
// number typed without its Đ ("100-CV/DU") here instead of folding every stored number.
// standard-folding lower-cases and strips diacritics (ASCII folding, đ -> d) on both sides, so the
// title (already folded in searchText), the printed number and the type ("Chỉ thị") match folded
// words. It also drops 33 English stop words, some of which are folded Vietnamese words ("to",
// "the", "an"): the queries leave those words out of the Lucene query and check every word exactly
// afterwards (read/fulltext.ts LUCENE_STOP_WORDS).
// issuer_search covers :Issuer only (every ISSUED_BY target has it, retract removes it with the last
// ISSUED_BY): on 10,000 generated documents 1,411 issuers against 12,060 units, which the search never needs.

CREATE FULLTEXT INDEX directive_search IF NOT EXISTS FOR (d:Directive) ON EACH [d.searchText, d.number, d.docType]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX issuer_search IF NOT EXISTS FOR (o:Issuer) ON EACH [o.name, o.area]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
