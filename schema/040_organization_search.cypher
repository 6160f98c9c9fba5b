// organizations(search:) finds its candidates here instead of folding the name and area of every
// organisation (Issuer and Unit alike: a unit that never issued anything is still searched for by
// name). Same analyzer as 030_search.cypher (standard-folding: lower case, diacritics stripped,
// đ -> d, 33 English stop words dropped); the query checks every word exactly afterwards
// (read/fulltext.ts LUCENE_STOP_WORDS), so the results are those of the fold.

CREATE FULLTEXT INDEX organization_search IF NOT EXISTS FOR (o:Organization) ON EACH [o.name, o.area]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
