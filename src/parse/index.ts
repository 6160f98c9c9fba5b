import {
  type DocumentRecord, type Assignment, type Citation, type DocType, type Issuer, type Organization, type ParseWarning,
  type OcrInfo, type Recipient, type Signer, type Span,
} from '../model/record.js';
import { directiveKey, fold } from '../model/keys.js';
import { DirectiveGraphError, InputError } from '../errors.js';
import { clean, type CleanText } from './clean.js';
import { annexBody } from './find/annex.js';
import { findAssignments, type FoundTasks } from './find/assignments.js';
import { findCitationBlocks, type CitationBlock } from './find/citation-blocks.js';
import { findMentions, type FullMention, type Mention } from './find/citations.js';
import { onRelatedRow } from './find/property-lines.js';
import { findNamedMentions, type NamedMention } from './find/named-citations.js';
import { dateAt, type FoundDate } from './find/dates.js';
import { findMeeting } from './find/meeting.js';
import { findTextIdentity, type ClosingStatement, type TextIdentity } from './find/identity.js';
import { findPropertyIdentity, withProperties } from './find/page-properties.js';
import { closingStatementOf, withClosing } from './find/closing-identity.js';
import { ownIssuer, type OwnSource } from './own-issuer.js';
import type { DocNumber } from './find/number.js';
import { addressedType, headerType } from './find/header-type.js';
import { findRecipients, type RecipientMention } from './find/recipients.js';
import { layoutOf, titleText, type Layout } from './layout.js';
import { buildContext } from './resolve/context.js';
import { resolveOnMap } from './gazetteer/choose.js';
import { resolveCitations, type CitationDraft } from './resolve/citations.js';
import { inferCollective } from './resolve/collective.js';
import { resolveRecipients, type RecipientDraft } from './resolve/recipients.js';
import { resolveTasks, type TaskDraft } from './resolve/tasks.js';
import { resolveNamedCitations, type NamedDraft } from './resolve/named-citations.js';
import type { Line, ResolvedOrg } from './types.js';
import { capitalizeFirst, squash } from './text.js';
import { Warnings } from './warnings.js';
import { DocumentMemo, memoKey } from './document-memo.js';

/**
 * parseDocument: the text of one document in, a DocumentRecord out. Pure: no file,
 * no network, no database. Stages: clean (NFC, markdown debris, page breaks, with a map back to
 * the original offsets) -> layout (header, body, closing) -> find (number, date, title,
 * citations, tasks, recipients, signer) -> resolve (context, gazetteer, antecedents) -> record.
 * Every span in the record points into the text as given.
 */
export interface ParseOptions {
  path?: string | null;
  sha256?: string | null;
  /** The encoding the text was decoded from (recorded in `source`). */
  encoding?: string;
  /** Warnings from decoding (legacy encodings), added to the record's. */
  warnings?: readonly ParseWarning[];
  /** Set when the text was read by OCR (recorded in `source.ocr`). */
  ocr?: OcrInfo | undefined;
}

/** A short stable hash of a text (FNV-1a, two lanes) for document-scoped keys. */
function hash16(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
function controlCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && (c < 0x09 || c > 0x0d)) n++;
  }
  return n;
}

/**
 * Longest line (paragraph) the parser takes. Real paragraphs are a few thousand characters; a line
 * of megabytes is a dump or a minified file, and the phrase finders' work grows faster than its
 * length on one (a 10 MB line of words took 75 s and 1.4 GB), so it is refused at once instead.
 */
export const MAX_LINE_CHARS = 2 * 1024 * 1024;

function checkInput(text: string, path: string | undefined): void {
  if (text.trim() === '') throw new InputError('DG_INPUT_EMPTY', 'the document is empty', { location: { path } });
  const head = text.slice(0, 8192);
  if (head.includes('\u0000') || controlCount(head) > head.length / 100) {
    throw new InputError('DG_INPUT_BINARY', 'the input is binary data, not text', { location: { path } });
  }
  if (text.length <= MAX_LINE_CHARS) return;
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (end - start > MAX_LINE_CHARS) {
      throw new InputError('DG_INPUT_TOO_LARGE', `line ${line} is ${end - start} characters long, over the limit of ${MAX_LINE_CHARS} for one paragraph`, {
        location: { path, line }, details: { chars: end - start, maxLineChars: MAX_LINE_CHARS },
      });
    }
    if (nl === -1) break;
    start = nl + 1;
  }
}

function orgRecord(o: ResolvedOrg, c: CleanText): Organization {
  return {
    key: o.key, name: o.name, surface: o.surface, kind: o.kind, level: o.level, area: o.area, collective: o.collective,
    resolvedBy: o.resolvedBy, spans: o.spans.map((s) => c.toOriginal(s)), body: o.body, partOf: o.partOf,
  };
}

export function parseDocument(text: string, opts: ParseOptions = {}): DocumentRecord {
  const path = opts.path ?? undefined;
  if (typeof text !== 'string') throw new InputError('DG_PARSE_FAILED', 'the input is not text', { location: { path } });
  checkInput(text, path);
  try {
    return build(text, opts);
  } catch (e) {
    if (e instanceof DirectiveGraphError) throw e;
    throw new InputError('DG_PARSE_FAILED', `the text could not be parsed: ${e instanceof Error ? e.message : String(e)}`, { location: { path }, cause: e });
  }
}

/**
 * The pipeline, one stage after the other: clean -> layout -> find -> resolve -> build. Only the
 * resolve stage adds warnings, in the order a reader meets them (number, issuer, date, citations,
 * tasks, recipients); build turns cleaned-text spans into original offsets. It does not validate:
 * tests/parse/record-schema.test.ts checks records against the schema.
 */
function build(text: string, opts: ParseOptions): DocumentRecord {
  const cleaned = clean(text);
  const layout = layoutOf(cleaned.text);
  const found = find(cleaned.text, layout);
  const scope = `doc-${(opts.sha256 ?? hash16(text)).slice(0, 16)}`;
  const resolved = resolve(cleaned.text, layout, found, scope, new DocumentMemo());
  return record(cleaned, layout, found, resolved, scope, opts);
}

/** What the find stage reads straight off the text: mentions and values, nothing resolved yet. */
interface Found {
  num: DocNumber | null;
  /** The identity a title line or a sentence gives a document without a header (or without a number in it). */
  told: TextIdentity | null;
  /** "Trên đây là Kế hoạch … của X" near the end of a document without a number, for its told identity and its own issuer. */
  closing: ClosingStatement | null;
  /** A portal's property table above a document that has its header: evidence beside the header's, not in its place. */
  props: TextIdentity | null;
  docType: { type: DocType; span: Span | null };
  bodyFrom: number;
  bodyTo: number;
  bodyLines: readonly Line[];
  mentions: Mention[];
  /** "Căn cứ:" and "Thực hiện:" lists, whose heading gives every item its relation. */
  citationBlocks: CitationBlock[];
  /** Documents named without a number ("Luật …", "Nghị quyết Đại hội …", "Quy chế …"). */
  named: NamedMention[];
  meeting: FoundDate | null;
  /** Clauses that ask units to act, their units still mentions. */
  tasks: FoundTasks;
  /** Items of the Kính gửi and Nơi nhận lists, their units still mentions. */
  recipients: RecipientMention[];
}

/** Named citations in the title and the body, away from numbered mentions and their subjects. */
function named(t: string, layout: Layout, bodyFrom: number, bodyTo: number, mentions: readonly Mention[]): NamedMention[] {
  const numbered = mentions.filter((m): m is FullMention => m.kind === 'full').map((m) => [m.start, m.title ? m.title.end : m.end] as const);
  return [
    ...(layout.title ? findNamedMentions(t, layout.title.start, layout.title.end, numbered) : []),
    ...findNamedMentions(t, bodyFrom, bodyTo, numbered),
  ];
}

/** The mentions of a plan annexed after the signature, read from the line after its "(Ban hành kèm theo …)". */
function annexMentions(t: string, layout: Layout): Mention[] {
  const annex = annexBody(layout.lines, afterSignature(layout));
  return annex.length > 0 ? findMentions(t, annex[0]!.start, annex.at(-1)!.end) : [];
}

/** The first line below the signature and the Nơi nhận, where an annexed plan may begin; none when neither was found. */
function afterSignature(layout: Layout): number {
  const last = Math.max(layout.signature?.name.index ?? -1, layout.noiNhan.at(-1)?.index ?? -1);
  return last < 0 ? layout.lines.length : last + 1;
}

function yearOf(iso: string | null | undefined): number | null {
  return iso ? Number(iso.slice(0, 4)) : null;
}

function find(t: string, layout: Layout): Found {
  const lineAt = (k: number) => layout.lines[k]?.start ?? t.length;
  // Citations in the title and the body.
  const bodyFrom = lineAt(layout.bodyStart);
  const bodyTo = lineAt(layout.bodyEnd);
  const mentions = [
    ...(layout.title ? findMentions(t, layout.title.start, layout.title.end) : []),
    // A portal's "Văn bản liên quan" row lists documents beside this one, not ones it cites.
    ...findMentions(t, bodyFrom, bodyTo).filter((m) => !onRelatedRow(t, m.start)),
    // A plan annexed after the signature ("(Ban hành kèm theo Quyết định số …)") cites in its own body.
    ...annexMentions(t, layout),
  ];
  // The meeting: reported in the opening of the body, or dated under the title "(Ngày 11 tháng 9 năm 2025)".
  const tdl = layout.titleDateLine;
  const titleDate = tdl ? dateAt(t, tdl.start + Math.max(0, tdl.text.search(/ngày/iu))) : null;
  const meeting = findMeeting(t, bodyFrom, bodyTo, mentions.filter((m): m is FullMention => m.kind === 'full').map((m) => [m.start, m.end] as const))
    ?? (titleDate?.iso ? titleDate : null);
  // No number in a header: a headless fragment, a news article, a page whose header was lost.
  // A portal's property table ("Số ký hiệu: …") stands in for a header the page lacks.
  // The closing statement is read once: the told identity may need it, and the own issuer weighs it (resolve, per map).
  const closing = layout.number ? null : closingStatementOf(t);
  const told = layout.number ? null : withClosing(t,
    withProperties(findPropertyIdentity(t), layout.numberLine ? null : findTextIdentity(t, 0, bodyFrom, { titleLine: !layout.typeHeading })),
    { type: !layout.typeHeading, date: !layout.dateLine }, closing);
  // A page whose header has its number may lack a heading or a date line its property table gives.
  const props = layout.number ? findPropertyIdentity(t) : null;
  const stated = told ?? props;
  let docType = headerType({
    heading: layout.typeHeading, conclusion: layout.conclusionLine !== null, number: layout.number,
    titleLine: layout.title ? layout.title.lines[0]!.trimmed : null, addressed: layout.kinhGui.length > 0,
  });
  if (docType.type === 'Khác' && stated?.docType) docType = { type: stated.docType.type, span: stated.docType.span };
  docType = addressedType(docType, layout.kinhGui.length > 0);
  const bodyLines = layout.lines.slice(layout.bodyStart, layout.bodyEnd);
  return {
    num: layout.number?.num ?? told?.num?.num ?? null, told, closing, props, docType, bodyFrom, bodyTo, bodyLines, mentions, meeting,
    tasks: findAssignments(t, bodyLines, annexBody(layout.lines, afterSignature(layout)), yearOf(layout.dateLine?.info?.date?.iso || stated?.date?.iso)), recipients: findRecipients(t, layout.kinhGui, layout.noiNhan),
    // From the top: a recipient block may run on into the "Thực hiện:" list under it.
    citationBlocks: findCitationBlocks(t, 0, bodyTo),
    named: named(t, layout, bodyFrom, bodyTo, mentions),
  };
}

/** Where the warning says a headless document's issuer was read, when its body named none. */
const ISSUER_READ_FROM: Readonly<Record<OwnSource, string>> = {
  signature: 'the signature block',
  'organ-owner': "the body's mention of the signing organ's owner",
  enacting: 'the enacting formula above its articles',
  recipients: 'the archive copy of its Nơi nhận',
  evidence: 'the body its sentences, signature and closing agree on',
};

/** The resolve stage's output: organisations, citations and tasks in the document's context; spans in the cleaned text. */
interface Resolved {
  warnings: Warnings;
  issuer: ReturnType<typeof buildContext>['issuer'];
  issuedOn: string | null;
  citations: CitationDraft[];
  named: NamedDraft[];
  tasks: TaskDraft[];
  recipients: RecipientDraft[];
}

/** Issuer and units are read against the administrative map in force on the document's date. */
function resolve(t: string, layout: Layout, found: Found, scope: string, memo: DocumentMemo): Resolved {
  return resolveOnMap(layout.dateLine?.info?.date?.iso || (found.told ?? found.props)?.date?.iso || null, () => resolveOn(t, layout, found, scope, memo), resolvedKeys);
}

/** Every organisation key a reading resolved to: two readings that agree on them are the same. */
function resolvedKeys(r: Resolved): string[] {
  return [
    r.issuer?.org.key ?? '', ...r.tasks.flatMap((x) => x.units.map((u) => u.org.key)),
    ...r.citations.map((c) => c.issuer?.key ?? ''), ...r.recipients.map((x) => x.org.key),
  ];
}

/**
 * The own issuer of a document without a number line: read off the text alone (find/), the same on
 * either administrative map, so an undated document's second reading takes the first's.
 */
const OWN_ISSUER = memoKey<ReturnType<typeof ownIssuer>>('own issuer');

function resolveOn(t: string, layout: Layout, found: Found, scope: string, memo: DocumentMemo): Resolved {
  const warnings = new Warnings();
  const { num } = found;
  const told = found.told;
  if (!layout.number && !told?.num) {
    if (layout.numberLine) {
      warnings.add({ code: 'NUMBER_MALFORMED', message: `the number line "${layout.numberLine.trimmed}" could not be read`, span: [layout.numberLine.contentStart, layout.numberLine.end] });
    } else {
      warnings.add({ code: 'NO_NUMBER', message: 'the document carries no number', span: null });
    }
  }

  // No header: the issuer the body names, or the one the signature block names with its place.
  // `source`: where a signed issuer was read; null when the body (or the header) names it.
  // Without a number line, every body the text offers as its own is weighed (own-issuer.ts).
  const spoken = layout.number || layout.numberLine ? { mention: told?.issuer ?? found.props?.issuer ?? null, source: null } : memo.get(OWN_ISSUER, () => ownIssuer(t, layout, told, num, found.closing));
  const row = !!found.props?.issuer && spoken.mention === found.props.issuer;
  const { ctx, issuer, fromText } = buildContext(t, layout, num, warnings, scope, spoken.mention, memo, row ? 'beside' : 'none');
  if (spoken.source && fromText && issuer) {
    warnings.add({
      code: 'IDENTITY_FROM_TEXT', message: `the document has no header: its issuer from ${ISSUER_READ_FROM[spoken.source]}`,
      span: [spoken.mention!.start, spoken.mention!.end], details: { source: spoken.source, fields: ['issuer'] },
    });
  }

  const dl = layout.dateLine?.info ?? null;
  const toldDate = dl ? null : (told ?? found.props)?.date?.iso ?? null;
  const issuedOn = dl?.date?.iso || toldDate;
  const toldIssuer = fromText && !!issuer && !spoken.source;
  if (told && !layout.number) {
    const where = (s: TextIdentity['source']) => (s === 'title' ? 'its title line' : s === 'announcement' ? 'the sentence that announces it'
      : s === 'properties' ? "the page's property table" : s === 'closing' ? 'its closing lines' : 'the sentence that names its issuer');
    const own = [told.num && 'number', found.docType.span && found.docType.span === told.docType?.span && 'type', toldDate && 'date',
      toldIssuer && !told.issuerSource && 'issuer'].filter((x): x is string => !!x);
    const parts = own.length > 0 ? [`${own.join(', ')} from ${where(told.source)}`] : [];
    if (toldIssuer && told.issuerSource) parts.push(`issuer from ${where(told.issuerSource)}`);
    const fields = [...own, ...(toldIssuer && told.issuerSource ? ['issuer'] : [])];
    if (fields.length > 0) {
      warnings.add({
        code: 'IDENTITY_FROM_TEXT', message: `the document has no header: its ${parts.join('; ')}`,
        span: told.num ? [told.num.start, told.num.end] : told.issuer ? [told.issuer.start, told.issuer.end] : told.docType?.span ?? null,
        details: { source: told.source, fields, ...(told.issuerSource ? { issuerSource: told.issuerSource } : {}) },
      });
    }
  }
  const props = found.props;
  if (props && !told) {
    // The header has its number; what it left open was read from the page's property table beside it.
    const fields = [found.docType.span && found.docType.span === props.docType?.span && 'type', toldDate && 'date', toldIssuer && 'issuer']
      .filter((x): x is string => !!x);
    if (fields.length > 0) {
      warnings.add({
        code: 'IDENTITY_FROM_TEXT', message: `the header leaves its ${fields.join(', ')} open: read from the page's property table`,
        span: toldIssuer && props.issuer ? [props.issuer.start, props.issuer.end] : props.date && toldDate ? [props.date.start, props.date.end] : props.docType?.span ?? null,
        details: { source: 'properties', fields },
      });
    }
  }
  if (!issuedOn && dl) {
    warnings.add({ code: 'DATE_UNREADABLE', message: `the date "${dl.dateText}" could not be read`, span: [dl.dateStart, dl.dateStart + dl.dateText.length] });
  } else if (!dl && !toldDate) {
    warnings.add({ code: 'NO_DATE', message: 'the document has no date line', span: null });
  }

  const citations = inferCollective(resolveCitations(found.mentions, ctx, num?.number ?? null, found.citationBlocks, issuer?.org.key ?? null, found.docType.type === 'Khác' ? null : found.docType.type), ctx, found.bodyFrom, found.bodyTo);
  for (const d of citations) {
    if (!d.issuer) {
      warnings.add({ code: 'CITATION_ISSUER_UNKNOWN', message: `the issuer of ${d.number} is not written and its symbol does not tell it here`, span: d.spans[0]! }, d.number);
    }
    for (const b of d.badDates) warnings.add({ code: 'DATE_UNREADABLE', message: `the date "${b.text}" of ${d.number} could not be read`, span: b.span });
  }

  const tasks = resolveTasks(found.tasks, ctx, issuer?.org ?? null);
  const recipients = resolveRecipients(found.recipients, ctx);

  if (issuer) {
    if (issuer.org.level === 'district' && issuedOn && issuedOn >= '2025-07-01') {
      warnings.add({ code: 'DISTRICT_AFTER_REFORM', message: `a district-level issuer on a document dated ${issuedOn}, after districts were ended on 2025-07-01`, span: null });
    }
  } else {
    warnings.add({ code: 'ISSUER_UNKNOWN', message: 'the issuer could not be read from the header, the number or the heading', span: null });
  }
  const named = resolveNamedCitations(found.named, citations, t, found.citationBlocks, ctx);
  return { warnings, issuer, issuedOn, citations, named, tasks, recipients };
}

/** The build stage: the record in the original text's offsets, of the schema's type. */
function record(c: CleanText, layout: Layout, found: Found, resolved: Resolved, scope: string, opts: ParseOptions): DocumentRecord {
  const t = c.text;
  const orig = (s: Span) => c.toOriginal(s);
  const { num, docType: dt, meeting } = found;
  const { issuer, issuedOn } = resolved;
  const spans: Record<string, Span[]> = {};

  if (layout.number) spans.number = [orig([layout.number.start, layout.number.end])];
  else if (found.told?.num) spans.number = [orig([found.told.num.start, found.told.num.end])];
  if (dt.span) spans.docType = [orig(dt.span)];
  const dl = layout.dateLine?.info ?? null;
  if (dl?.date?.iso) spans.issuedOn = [orig([dl.date.start, dl.date.end])];
  else if (issuedOn && (found.told ?? found.props)?.date) spans.issuedOn = [orig([(found.told ?? found.props)!.date!.start, (found.told ?? found.props)!.date!.end])];
  const place = dl?.place ?? null;
  if (dl?.place) spans.place = [orig([dl.placeStart, dl.placeEnd])];

  const title = layout.title ? capitalizeFirst(titleText(t, layout.title)) : null;
  if (layout.title) spans.title = [orig([layout.title.start, layout.title.end])];

  const citations: Citation[] = resolved.citations.map((d) => ({
    number: d.number, docType: d.docType, issuedOn: d.issuedOn, issuer: d.issuer ? orgRecord(d.issuer, c) : null, title: d.title,
    relation: d.relation, citedBy: d.citedBy, evidence: d.evidence, confidence: d.confidence, rule: d.rule,
    spans: d.spans.map(orig), key: d.key,
  }));
  for (const n of resolved.named) {
    citations.push({
      kind: 'named', name: n.name, number: null, docType: n.docType, issuedOn: null, issuer: n.issuer ? orgRecord(n.issuer, c) : null, title: n.name,
      relation: n.relation, citedBy: null, evidence: n.evidence, confidence: n.confidence, rule: n.rule,
      spans: n.spans.map(orig), key: null,
    });
  }

  if (meeting?.iso) spans.meetingOn = [orig([meeting.start, meeting.end])];

  const assignments: Assignment[] = resolved.tasks.map((task, k) => ({
    taskId: `t${k + 1}`, clause: task.clause,
    units: task.units.map((u) => ({ ...orgRecord(u.org, c), role: u.role, ...(u.directedBy ? { directedBy: u.directedBy } : {}) })),
    text: squash(t.slice(task.start, task.end)), role: task.role, deadline: task.deadline,
    confidence: task.confidence, rule: task.rule, span: orig([task.start, task.end]),
  }));

  const recipients: Recipient[] = resolved.recipients.map((r) => ({
    ...orgRecord(r.org, c), list: r.list, purpose: r.purpose,
  }));

  let signer: Signer | null = null;
  const sig = layout.signature;
  if (sig) {
    const from = (sig.capacity ?? sig.name).contentStart;
    const capacity = sig.capacityLines.length > 0 ? sig.capacityLines.map((l) => l.trimmed).join(' / ') : null;
    signer = { name: sig.name.trimmed, capacity, position: sig.position?.trimmed ?? null, span: orig([from, sig.name.end]) };
  }

  let issuerRecord: Issuer | null = null;
  if (issuer) {
    const o = issuer.org;
    const evidence = issuer.spans[0];
    issuerRecord = {
      ...orgRecord(o, c), name: issuer.name, body: o.name, spans: issuer.spans.map(orig),
      surface: evidence ? squash(t.slice(evidence[0], evidence[1])) : num?.issuerCode ?? o.name,
    };
    spans.issuer = issuer.spans.map(orig);
  }

  const year = issuedOn ? Number(issuedOn.slice(0, 4)) : num?.year ?? null;
  const key = directiveKey(num?.number ?? null, issuerRecord?.key ?? null, year, `unnumbered-${scope.slice(4)}`);
  const head = num?.family ? '' : fold(t.slice(0, 2000));
  const family = num?.family ?? (/dang cong san viet nam/.test(head) ? 'party'
    : /cong hoa xa hoi chu nghia viet nam/.test(head) ? 'state'
      : issuer?.org.kind.startsWith('party') ? 'party' : null);

  // Typed by the schema, not parsed by it: the parser builds every field itself, so a parse here
  // only re-checked the parser (7% of its time). Records from outside (JSON files, tests'
  // factories) are still parsed by DocumentRecord; the tests parse every seed's and fixture's record.
  const record: DocumentRecord = {
    key,
    source: { path: opts.path ?? null, sha256: opts.sha256 ?? null, encoding: opts.encoding ?? 'utf-8', ...(opts.ocr ? { ocr: opts.ocr } : {}) },
    family, number: num?.number ?? null, docType: dt.type, issuer: issuerRecord, issuedOn,
    meetingOn: meeting?.iso ?? null, place, title, recipients, signer, citations, assignments,
    warnings: [...(opts.warnings ?? []), ...resolved.warnings.all().map((w) => ({ ...w, span: w.span ? orig(w.span) : null }))],
    spans,
  };
  return record;
}
