import { describe, expect, it } from 'vitest';
import { offsetOfPath, parseJsonFile, parseJsonText } from '../../../../scripts/lib/json-file.ts';
import { ProvenanceSchema } from '../../../../src/domain/extract/provenance-schema.ts';
import { decodeUtf8, firstInvalidUtf8Byte } from '../../../../scripts/lib/utf8.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('UTF-8', () => {
  it.each([
    ['ASCII', bytes(0x61, 0x62), -1],
    ['a two-byte letter', bytes(0x61, 0xc3, 0xa9), -1],
    ['a four-byte emoji', bytes(0xf0, 0x9f, 0x98, 0x80), -1],
    ['a lone continuation byte', bytes(0x61, 0x80), 1],
    ['a truncated sequence', bytes(0x61, 0x62, 0xe2, 0x82), 2],
    ['an overlong encoding', bytes(0xc0, 0xaf), 0],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a Latin-1 byte', bytes(0x63, 0x61, 0x66, 0xe9, 0x20), 3],
  ])('%s', (_name, input, expected) => {
    expect(firstInvalidUtf8Byte(input)).toBe(expected);
  });

  it('names the file and line of a bad byte', () => {
    expect(() => decodeUtf8(bytes(0x61, 0x0a, 0x62, 0x0a, 0x63, 0xff), 'x.txt')).toThrow(/^x\.txt:3: invalid UTF-8: byte 0xff at byte offset 5/);
  });

  it('decodes good text', () => {
    expect(decodeUtf8(new TextEncoder().encode('Côte d’Ivoire'), 'x.txt')).toBe('Côte d’Ivoire');
  });
});

describe('JSON files', () => {
  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', 3],
    ['{\n  "a": 1,\n}', 3],
    ['', 1],
  ])('reports the line of a syntax error in %j', (text, line) => {
    expect(() => parseJsonText(text, 'f.json')).toThrow(new RegExp(`^f\\.json:${line}: malformed JSON`));
  });

  it.each([
    [['b'], 3],
    [['b', 1], 5],
    [['c', 'd'], 8],
    [['missing'], 1],
    [['c', 'missing'], 7],
  ])('finds %j', (path, line) => {
    const text = '{\n  "a": "x, y",\n  "b": [\n    1,\n    {"z": "]"}\n  ],\n  "c": {\n    "d": true\n  }\n}';
    expect(text.slice(0, offsetOfPath(text, path)).split('\n').length).toBe(line);
  });

  it('says which provenance field is missing or wrong', () => {
    expect(() => parseJsonFile('{\n  "publisher": "P"\n}', 'p.json', ProvenanceSchema)).toThrow(/^p\.json:1: missing required field "url" \(and \d+ more problems\)/);
    const wrongUrl = '{\n  "url": "not a url",\n  "publisher": "P",\n  "publishedOn": "2020-01-01",\n  "language": "en"\n}';
    expect(() => parseJsonFile(wrongUrl, 'p.json', ProvenanceSchema)).toThrow(/^p\.json:2: field "url": expected an absolute URL/);
  });
});
