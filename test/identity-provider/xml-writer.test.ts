import { DOMParser } from '@xmldom/xmldom';
import {
  element,
  serializeXml,
  XmlValueError,
} from '../../standalone/identity-provider/xml-writer';

function readBack(xml: string) {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  if (!root) throw new Error('no root');
  return root;
}

describe('serializeXml', () => {
  it('escapes text and attribute values so that a parser reads back exactly what was given', () => {
    const hostile = `<a href="x">&amp; ]]> 'q'\ttab\r\nline 🦉`;

    const xml = serializeXml(element('p:item', { 'xmlns:p': 'urn:p', note: hostile }, [hostile]));

    const root = readBack(xml);
    expect(root.getAttribute('note')).toBe(hostile);
    expect(root.textContent).toBe(hostile);
  });

  it('leaves out attributes whose value is undefined and closes empty elements', () => {
    expect(serializeXml(element('a', { b: undefined, c: '1' }))).toBe('<a c="1"/>');
  });

  it.each([
    ['a C0 control character', 'bell\u0007'],
    ['a NUL', 'nul\u0000'],
    ['a lone high surrogate', 'half\uD83E'],
    ['a lone low surrogate', '\uDD89half'],
    ['the non-character U+FFFF', 'x\uFFFF'],
  ])('refuses %s with an XmlValueError', (_name, value) => {
    expect(() => serializeXml(element('a', {}, [value]))).toThrow(XmlValueError);
    expect(() => serializeXml(element('a', { b: value }))).toThrow(XmlValueError);
  });

  it('refuses an element or attribute name that is not a qualified name', () => {
    expect(() => serializeXml(element('a b'))).toThrow(/qualified name/);
    expect(() => serializeXml(element('a', { 'x="1" y': '2' }))).toThrow(/qualified name/);
  });
});
