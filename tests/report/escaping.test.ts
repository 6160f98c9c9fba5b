import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { coverageCsv, derivedTasksCsv, TASK_COLUMNS } from '../../src/report/render/csv.js';
import { escapeHtml, html } from '../../src/report/render/html-escape.js';
import { coverageHtml, derivedTasksHtml } from '../../src/report/render/html.js';
import { coverageMarkdown, derivedTasksMarkdown, md } from '../../src/report/render/markdown.js';
import { coverageReportOf, derivedReport } from './factories.js';

/** Strings a hostile or careless document could carry in a title, a task or a unit name. */
const SCRIPT = '<script>alert("x")</script> Về việc <b>thử</b>';
const ATTR = '" onmouseover="alert(1)" x="';
const PIPE = 'Công an | Quân sự *đậm* [link](http://x.invalid) `code`';

describe('HTML escaping', () => {
  it('escapes the five characters that can open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(html`<p title="${ATTR}">${SCRIPT}</p>`.value).toBe(
      '<p title="&quot; onmouseover=&quot;alert(1)&quot; x=&quot;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Về việc &lt;b&gt;thử&lt;/b&gt;</p>');
  });

  it('a report whose title, task and unit carry markup has no tag but its own', () => {
    const page = derivedTasksHtml(derivedReport({ title: SCRIPT, text: ATTR, unit: '<img src=x onerror=alert(1)>' }));
    expect(page).not.toContain('<script');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // self-contained: nothing to fetch
    expect(page).not.toMatch(/<link|<script|src="http|href="http|@import|url\(/i);
    const cov = coverageHtml(coverageReportOf({ name: SCRIPT }));
    expect(cov).not.toContain('<script');
    expect(cov).toContain('&lt;script&gt;');
  });
});

describe('Markdown escaping', () => {
  it('backslashes Markdown punctuation and turns < > & into entities, one line per cell', () => {
    expect(md(PIPE)).toBe('Công an \\| Quân sự \\*đậm\\* \\[link\\](http://x.invalid) \\`code\\`');
    expect(md('a <script> & b\n c')).toBe('a &lt;script&gt; &amp; b c');
  });

  it('a pipe in a task does not add a column to the tasks table', () => {
    const text = derivedTasksMarkdown(derivedReport({ text: PIPE, title: SCRIPT }));
    const row = text.split('\n').find((l) => l.startsWith('| 1 |'))!;
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(8);
    expect(text).not.toContain('<script>');
    expect(coverageMarkdown(coverageReportOf({ name: SCRIPT }))).toContain('&lt;script&gt;');
  });
});

describe('CSV', () => {
  it('starts with the UTF-8 BOM, uses CRLF, and parses back to one row per task', () => {
    const csv = derivedTasksCsv(derivedReport({ text: 'Dòng 1, có "ngoặc"\ndòng 2' }));
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toContain('\r\n');
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...TASK_COLUMNS]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      order: '25/CT-UBND', depth: '1', assigning_number: '412-CV/QU', assigning_issuer: 'Quận ủy Thanh Xuân', assigning_date: '2022-09-09',
      clause: '2', units: 'UBND các phường quận Thanh Xuân', unit_levels: 'ward', roles: 'lead', task: 'Dòng 1, có "ngoặc"\ndòng 2',
      deadline: '2022-09-30', chain: '25/CT-UBND ← 412-CV/QU', mandate_number: '',
    });
  });

  it('a cell that a spreadsheet would evaluate (= + - @) is shown as text', () => {
    const rows = parse(derivedTasksCsv(derivedReport({ text: '=HYPERLINK("http://x.invalid","bấm")' })), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]!.task).toBe('\'=HYPERLINK("http://x.invalid","bấm")');
    const dash = parse(derivedTasksCsv(derivedReport()), { bom: true, columns: true }) as Record<string, string>[];
    expect(dash[0]!.task).toBe("'- UBND 11 phường ra quân diệt bọ gậy tại các tổ dân phố, xong trước ngày 30/9/2022.");
  });

  it('the coverage CSV has one row per unit, not answered first as the report orders them', () => {
    const rows = parse(coverageCsv(coverageReportOf()), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.status, r.unit, r.answered_by, r.answered_on, r.lag_days])).toEqual([
      ['not answered', 'phường Hạ Đình', '', '', ''],
      ['answered', 'phường Kim Giang', '57-CV/ĐU', '2022-09-12', '7'],
    ]);
  });
});
