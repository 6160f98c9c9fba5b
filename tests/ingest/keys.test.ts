import { describe, expect, it } from 'vitest';
import { parseDirectiveKey } from '../../src/ingest/keys.js';
import { directiveKey } from '../../src/model/keys.js';

describe('parseDirectiveKey reads back what directiveKey writes', () => {
  it.each([
    // a dated Party document
    [directiveKey('308-TB/QU', 'org:quan-uy@d007', 2021), { series: 'doc:308-TB/QU|org:quan-uy@d007', numberKey: '308-TB/QU', issuerKey: 'org:quan-uy@d007', year: 2021 }],
    // no date printed (seed 001): no year
    [directiveKey('308-TB/QU', 'org:quan-uy@d007', null), { series: 'doc:308-TB/QU|org:quan-uy@d007', numberKey: '308-TB/QU', issuerKey: 'org:quan-uy@d007', year: null }],
    // Đ is kept apart from D in the number
    [directiveKey('100- CV/ĐU', 'org:dang-uy@w20200', 2021), { series: 'doc:100-CV/DDU|org:dang-uy@w20200', numberKey: '100-CV/DDU', issuerKey: 'org:dang-uy@w20200', year: 2021 }],
    // a citation whose issuer is unknown
    [directiveKey('428-TB/TU', null, 2021), { series: 'doc:428-TB/TU|org:?', numberKey: '428-TB/TU', issuerKey: null, year: 2021 }],
    // an issuer of unknown area, scoped to its document
    [directiveKey('5-CV/QU', 'org:quan-uy@?seed-003', null), { series: 'doc:5-CV/QU|org:quan-uy@?seed-003', numberKey: '5-CV/QU', issuerKey: 'org:quan-uy@?seed-003', year: null }],
  ])('%s', (key, parts) => {
    expect(parseDirectiveKey(key)).toEqual(parts);
  });

  it.each([
    ['doc:seed-003'], // unnumbered: no series
    ['org:quan-uy@d007'], // not a directive
    ['doc:1-CV/QU|org:x|20211'], // not a year
    ['doc:|org:x'], // no number
  ])('%s has no series', (key) => {
    expect(parseDirectiveKey(key)).toBeNull();
  });
});
