import { cypher, type Query } from '../query.js';
import { foldParams, orgSearchTextCypher } from '../read/fold.js';
import type { DirectiveRow, OrganizationRow, PersonRow, ReferencedRow, RekeyRow } from './rows.js';

/**
 * Node writers: one UNWIND ... MERGE per kind of node. A cited-only directive never overwrites what
 * an ingested one says about itself; an ingested one overwrites everything (its text is the source).
 */

/**
 * An organisation already in the graph takes a new row's name by the rule of
 * src/ingest/organizations.ts (issuer before unit, literal before inferred, then code-point
 * order), so the name it ends with does not depend on which batch came first.
 *
 * A row that would change nothing (the node is there with the values and labels the rule gives) is
 * not written: most of a batch's organisations are ones earlier batches wrote, and setting every
 * property again cost most of this statement's db hits and the commit's work. The keys of the rows
 * written (new, or changed) are returned: only they need the hierarchy passes (PART_OF, successions,
 * periods), which depend on nothing but the key and the parent key.
 *
 * Every organisation written gets `searchText`, its name and area folded from what the node ends
 * with (read/fold.ts orgSearchTextCypher): the searches read it instead of folding at query time.
 */
export function mergeOrganizations(rows: OrganizationRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      OPTIONAL MATCH (old:Organization {key: row.key})
      // Each property of the node is read once, here: the comparisons below work on this map.
      WITH row, old, old {.resolvedBy, .name, .nameKey, .kind, .level, .area, .provinceCode, .districtCode, .wardCode,
        .parentRule, .parentKey} AS cur
      // Most rows state exactly what the node holds (an organisation the batches before named the same
      // way): such a row changes nothing whatever the rule, and is dropped before the rule's maps are
      // built (a property is equal when both are null).
      WITH row, old, cur WHERE old IS NULL OR NOT ((old:Issuer OR NOT row.issuer) AND (old:Unit OR NOT row.unit)
        AND coalesce(cur.name = row.name, cur.name IS NULL AND row.name IS NULL)
        AND coalesce(cur.nameKey = row.nameKey, cur.nameKey IS NULL AND row.nameKey IS NULL)
        AND coalesce(cur.resolvedBy = row.resolvedBy, cur.resolvedBy IS NULL AND row.resolvedBy IS NULL)
        AND coalesce(cur.kind = row.kind, cur.kind IS NULL AND row.kind IS NULL)
        AND coalesce(cur.level = row.level, cur.level IS NULL AND row.level IS NULL)
        AND coalesce(cur.area = row.area, cur.area IS NULL AND row.area IS NULL)
        AND coalesce(cur.provinceCode = row.provinceCode, cur.provinceCode IS NULL AND row.provinceCode IS NULL)
        AND coalesce(cur.districtCode = row.districtCode, cur.districtCode IS NULL AND row.districtCode IS NULL)
        AND coalesce(cur.wardCode = row.wardCode, cur.wardCode IS NULL AND row.wardCode IS NULL)
        AND coalesce(cur.parentKey = row.parentKey, cur.parentKey IS NULL AND row.parentKey IS NULL)
        AND coalesce(cur.parentRule = row.parentRule, cur.parentRule IS NULL AND row.parentRule IS NULL))
      WITH row, old, cur, old IS NULL OR CASE
          WHEN row.issuer <> old:Issuer THEN row.issuer
          WHEN (row.resolvedBy IS NULL) <> (cur.resolvedBy IS NULL) THEN row.resolvedBy IS NULL
          WHEN row.name <> cur.name THEN row.name < cur.name
          ELSE coalesce(row.resolvedBy, '') < coalesce(cur.resolvedBy, '') END AS rowWins
      WITH row, old, cur, CASE WHEN old IS NULL THEN null ELSE {
          resolvedBy: CASE WHEN row.resolvedBy IS NULL OR cur.resolvedBy IS NULL THEN null
            WHEN rowWins THEN row.resolvedBy ELSE cur.resolvedBy END,
          name: CASE WHEN rowWins THEN row.name ELSE cur.name END,
          nameKey: CASE WHEN rowWins OR cur.nameKey IS NULL THEN row.nameKey ELSE cur.nameKey END,
          kind: coalesce(cur.kind, row.kind), level: coalesce(cur.level, row.level),
          area: coalesce(cur.area, row.area), provinceCode: coalesce(cur.provinceCode, row.provinceCode),
          districtCode: coalesce(cur.districtCode, row.districtCode), wardCode: coalesce(cur.wardCode, row.wardCode),
          parentRule: CASE WHEN cur.parentKey IS NULL THEN row.parentRule ELSE cur.parentRule END,
          parentKey: coalesce(cur.parentKey, row.parentKey)
        } END AS next
      WHERE old IS NULL OR (row.issuer AND NOT old:Issuer) OR (row.unit AND NOT old:Unit)
        OR any(f IN keys(next) WHERE coalesce(next[f] <> cur[f], (next[f] IS NULL) <> (cur[f] IS NULL)))
      MERGE (o:Organization {key: row.key})
      ON CREATE SET o.name = row.name, o.nameKey = row.nameKey, o.kind = row.kind, o.level = row.level, o.area = row.area,
        o.provinceCode = row.provinceCode, o.districtCode = row.districtCode, o.wardCode = row.wardCode,
        o.collective = row.collective, o.resolvedBy = row.resolvedBy, o.parentKey = row.parentKey,
        o.parentRule = row.parentRule
      ON MATCH SET o += next
      SET o.searchText = ORG_SEARCH_TEXT
      FOREACH (_ IN CASE WHEN row.issuer THEN [1] ELSE [] END | SET o:Issuer)
      FOREACH (_ IN CASE WHEN row.unit THEN [1] ELSE [] END | SET o:Unit)
      RETURN row.key AS key
    `.replace('ORG_SEARCH_TEXT', orgSearchTextCypher('o')),
    params: { rows, ...foldParams },
  };
}

export function mergeDirectives(rows: DirectiveRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MERGE (d:Directive {key: row.key})
      SET d.status = 'ingested', d.series = row.series, d.numberKey = row.numberKey, d.number = row.number,
        d.docType = row.docType, d.title = row.title, d.issuedOn = date(row.issuedOn),
        d.meetingOn = date(row.meetingOn), d.place = row.place, d.level = row.level, d.family = row.family,
        d.issuerKey = row.issuerKey, d.sourcePath = row.sourcePath, d.sourceSha256 = row.sourceSha256,
        d.encoding = row.encoding, d.ingestedAt = datetime(), d.resolvedBy = coalesce(row.resolvedBy, d.resolvedBy),
        d.searchText = row.searchText, d.warningCodes = row.warningCodes, d.warningMessages = row.warningMessages,
        d.text = row.text, d.numberStatedIn = null, d.docTypeStatedIn = null, d.titleStatedIn = null,
        d.issuedOnStatedIn = null, d.levelStatedIn = null
    `,
    params: { rows },
  };
}

/**
 * Cited documents: created as `referenced`. What citations say of one (number, type, title with its
 * searchText, date, level) is kept field by field from the smallest citing key that states it,
 * whichever batch, shard or worker writes first: each field carries that key in `<field>StatedIn`,
 * and a row replaces the field only when its key is not larger (the same document, re-ingested,
 * restates it). A value without that key came from the directive's own text (a demoted directive)
 * and is only filled in where missing. An ingested directive's own text replaces all of it.
 */
export function mergeReferenced(rows: ReferencedRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MERGE (d:Directive {key: row.key})
      ON CREATE SET d.status = 'referenced', d.series = row.series, d.numberKey = row.numberKey,
        d.issuerKey = row.issuerKey, d.resolvedBy = row.resolvedBy
      WITH d, row, row.statedIn AS s WHERE d.status = 'referenced'
      WITH d, row, s,
        s.number IS NOT NULL AND (d.number IS NULL OR coalesce(s.number <= d.numberStatedIn, false)) AS takeNumber,
        s.docType IS NOT NULL AND (coalesce(d.docType, 'Khác') = 'Khác' OR coalesce(s.docType <= d.docTypeStatedIn, false)) AS takeDocType,
        s.title IS NOT NULL AND (d.title IS NULL OR coalesce(s.title <= d.titleStatedIn, false)) AS takeTitle,
        s.issuedOn IS NOT NULL AND (d.issuedOn IS NULL OR coalesce(s.issuedOn <= d.issuedOnStatedIn, false)) AS takeIssuedOn,
        s.level IS NOT NULL AND (d.level IS NULL OR coalesce(s.level <= d.levelStatedIn, false)) AS takeLevel
      SET d.number = CASE WHEN takeNumber THEN row.number ELSE d.number END,
        d.numberStatedIn = CASE WHEN takeNumber THEN s.number ELSE d.numberStatedIn END,
        d.docType = CASE WHEN takeDocType THEN row.docType ELSE coalesce(d.docType, row.docType) END,
        d.docTypeStatedIn = CASE WHEN takeDocType THEN s.docType ELSE d.docTypeStatedIn END,
        d.title = CASE WHEN takeTitle THEN row.title ELSE d.title END,
        d.searchText = CASE WHEN takeTitle THEN row.searchText ELSE d.searchText END,
        d.titleStatedIn = CASE WHEN takeTitle THEN s.title ELSE d.titleStatedIn END,
        d.issuedOn = CASE WHEN takeIssuedOn THEN date(row.issuedOn) ELSE d.issuedOn END,
        d.issuedOnStatedIn = CASE WHEN takeIssuedOn THEN s.issuedOn ELSE d.issuedOnStatedIn END,
        d.level = CASE WHEN takeLevel THEN row.level ELSE d.level END,
        d.levelStatedIn = CASE WHEN takeLevel THEN s.level ELSE d.levelStatedIn END
    `,
    params: { rows },
  };
}

export function mergePersons(rows: PersonRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MERGE (p:Person {key: row.key})
      ON CREATE SET p.name = row.name
    `,
    params: { rows },
  };
}

/**
 * A cited-only node known by a key without year (a citation without date) takes the full key of
 * the document found to be it. Guarded: only a `referenced` node, only when the full key is free.
 * The node itself records nothing: had the dated document come first, each citation would have
 * been matched to it and said so on its edge, so the citations made under the old key say so now
 * (prefixed to what they say of their issuer, as src/ingest/rows.ts joins them), and the graph is
 * the same in whatever order batches, shards or workers write.
 */
export function rekeyDirectives(rows: RekeyRow[]): Query {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (d:Directive {key: row.from})
      WHERE d.status = 'referenced' AND NOT EXISTS { MATCH (:Directive {key: row.to}) }
      SET d.key = row.to
      WITH d, row
      CALL (d, row) {
        MATCH (:Directive)-[c:IMPLEMENTS|BASED_ON|CITES]->(d)
        WHERE c.resolvedBy IS NULL OR NOT split(c.resolvedBy, '; ')[0] IN row.inferences
        SET c.resolvedBy = CASE WHEN c.resolvedBy IS NULL THEN row.resolvedBy ELSE row.resolvedBy + '; ' + c.resolvedBy END
      }
    `,
    params: { rows },
  };
}

/** An ingested directive whose file now yields another key goes back to being only cited. */
export function demoteDirectives(keys: string[]): Query {
  return {
    cypher: cypher`
      UNWIND $keys AS k
      MATCH (d:Directive {key: k})
      SET d.status = 'referenced', d.sourcePath = null, d.sourceSha256 = null, d.encoding = null,
        d.ingestedAt = null, d.warningCodes = null, d.warningMessages = null, d.meetingOn = null, d.place = null,
        d.text = null
    `,
    params: { keys },
  };
}
