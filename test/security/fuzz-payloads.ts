/**
 * Hostile form bodies, generated with fast-check from a seed so that a failing run can be
 * replayed. A body is raw `application/x-www-form-urlencoded` text, so it can carry what no
 * browser would send: invalid UTF-8 percent-encodings, lone surrogates, duplicated fields,
 * prototype keys, bracketed keys, huge values and more parameters than the parser allows.
 */
import fc from 'fast-check';
import type { FormShape } from './fuzz-forms';

const HOSTILE_TEXT = [
  "' OR '1'='1",
  "1'; DROP TABLE mm_members; --",
  "' UNION SELECT id, external_id FROM mm_members --",
  '%',
  '_',
  '\\',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{constructor.constructor "return process"}}',
  '{{{body}}}',
  '${7*7}',
  'javascript:alert(1)',
  '\r\nBcc: victim@example.org',
  '\u0000',
  '\u202e\u200b\ufeff',
  '../../../../etc/passwd',
  'null',
  'undefined',
  '[object Object]',
  '[]',
  '{}',
  ' ',
  '',
];

const NUMBERS = [
  '-1',
  '0',
  '-0',
  '1.5',
  '1e3',
  '1e309',
  '-1e309',
  '9007199254740993',
  '99999999999999999999999',
  '2147483648',
  'NaN',
  'Infinity',
  '0x1F',
  '+1',
  ' 1 ',
  '\u0663',
  '\uff11',
];

/** Keys that would pollute a prototype if a parser or a handler merged them naively. */
const PROTOTYPE_KEYS = [
  '__proto__',
  '__proto__[polluted]',
  'constructor',
  'constructor[prototype][polluted]',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
];

/** Already encoded: percent sequences that decode to nothing valid, or to lone surrogates. */
const BAD_ENCODINGS = [
  '%',
  '%G0',
  '%C3%28',
  '%FF%FE',
  '%E2%82',
  '%ED%A0%80',
  '%C0%AF',
  '%00',
  '%25%',
  '%%',
  '%uD800',
  'a%2',
];

type Piece = string;

function encoded(text: fc.Arbitrary<string>): fc.Arbitrary<Piece> {
  return text.map((value) => encodeURIComponent(value));
}

function hugeText(): fc.Arbitrary<string> {
  const lengths = fc.constantFrom(300, 2_001, 70_000, 600_000);
  const unit = fc.constantFrom('a', 'é', '<', '\u0000', '\u{1d11e}', ' ');
  return fc.tuple(unit, lengths).map(([ch, n]) => ch.repeat(n));
}

/** An encoded value: random text, hostile fragments, numbers, huge, malformed or valid. */
export function valueArbitrary(choices: string[]): fc.Arbitrary<Piece> {
  const valid = choices.length > 0 ? fc.constantFrom(...choices) : fc.constant('');
  return fc.oneof(
    { weight: 4, arbitrary: encoded(fc.string({ unit: 'binary', maxLength: 60 })) },
    { weight: 1, arbitrary: encoded(fc.string({ unit: 'binary-ascii', maxLength: 300 })) },
    { weight: 3, arbitrary: encoded(fc.constantFrom(...HOSTILE_TEXT)) },
    { weight: 3, arbitrary: encoded(fc.constantFrom(...NUMBERS)) },
    { weight: 1, arbitrary: encoded(fc.double().map(String)) },
    { weight: 1, arbitrary: encoded(hugeText()) },
    { weight: 2, arbitrary: fc.constantFrom(...BAD_ENCODINGS) },
    { weight: 3, arbitrary: encoded(valid) },
  );
}

/** An encoded key: a field of the form, a prototype key, a bracketed variant or noise. */
export function keyArbitrary(names: string[]): fc.Arbitrary<Piece> {
  const known = names.length > 0 ? fc.constantFrom(...names) : fc.constant('value');
  const bracketed = fc
    .tuple(known, fc.constantFrom('[]', '[0]', '[x]', '[__proto__]', '.length'))
    .map(([name, suffix]) => `${name}${suffix}`);
  return fc.oneof(
    { weight: 8, arbitrary: encoded(known) },
    { weight: 2, arbitrary: encoded(fc.constantFrom(...PROTOTYPE_KEYS)) },
    { weight: 1, arbitrary: encoded(bracketed) },
    { weight: 1, arbitrary: encoded(fc.string({ unit: 'binary', maxLength: 20 })) },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_ENCODINGS) },
  );
}

interface Mutation {
  kind: 'replace' | 'drop' | 'duplicate' | 'add';
  index: number;
  key: Piece;
  value: Piece;
}

function applyMutations(base: Array<[Piece, Piece]>, mutations: Mutation[]) {
  const pairs = base.map(([k, v]) => [k, v] as [Piece, Piece]);
  for (const { kind, index, key, value } of mutations) {
    const at = pairs.length === 0 ? -1 : index % pairs.length;
    if (kind === 'add' || at < 0) pairs.push([key, value]);
    else if (kind === 'replace') pairs[at] = [pairs[at][0], value];
    else if (kind === 'drop') pairs.splice(at, 1);
    else pairs.splice(at + 1, 0, [pairs[at][0], value]);
  }
  return pairs;
}

function join(pairs: Array<[Piece, Piece]>): string {
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}

/**
 * A body for one form: mostly the form as rendered with one to three fields spoiled (so the
 * payload gets past the first check and into the handler), else fields in random order with
 * hostile values, a bare string, or more parameters than the parser accepts.
 */
export function bodyArbitrary(
  form: FormShape | undefined,
  extraNames: string[],
): fc.Arbitrary<string> {
  const fields = form?.fields ?? [];
  const names = [...new Set([...fields.map(([name]) => name), ...extraNames])];
  const choicesOf = (name: string) => [
    ...(form?.choices[name] ?? []),
    ...fields.filter(([n]) => n === name).map(([, v]) => v),
  ];
  const value = valueArbitrary(names.flatMap(choicesOf));
  const key = keyArbitrary(names);
  const base = fields.map(
    ([k, v]) => [encodeURIComponent(k), encodeURIComponent(v)] as [Piece, Piece],
  );
  const mutation = fc.record({
    kind: fc.constantFrom('replace', 'replace', 'drop', 'duplicate', 'add') as fc.Arbitrary<
      Mutation['kind']
    >,
    index: fc.nat(),
    key,
    value,
  });

  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .array(mutation, { minLength: 1, maxLength: 3 })
        .map((m) => join(applyMutations(base, m))),
    },
    { weight: 3, arbitrary: fc.array(fc.tuple(key, value), { maxLength: 12 }).map(join) },
    {
      weight: 1,
      arbitrary: fc.oneof(fc.constant(''), fc.constantFrom(...BAD_ENCODINGS), encoded(fc.string())),
    },
    {
      weight: 1,
      arbitrary: fc.constant(Array.from({ length: 250 }, (_, i) => `f${i}=${i}`).join('&')),
    },
  );
}

/** A path parameter that is not the id the route expects. */
export const hostileIdArbitrary: fc.Arbitrary<string> = fc.constantFrom(
  '0',
  '-1',
  '1.5',
  '1e3',
  '99999999999999999999',
  '2147483648',
  'abc',
  '%00',
  '%20',
  '%C3%28',
  '1%27%20OR%20%271%27%3D%271',
  '%2E%2E',
  '__proto__',
  'constructor',
);

/** `count` values of `arbitrary`, the same ones for the same seed. */
export function sample<T>(arbitrary: fc.Arbitrary<T>, count: number, seed: number): T[] {
  return fc.sample(arbitrary, { numRuns: count, seed });
}
