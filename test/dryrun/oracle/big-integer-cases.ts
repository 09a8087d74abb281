/**
 * Oracle cases for integers beyond 2^53 (Java Long / BigInteger), shared by
 * generate-big-integers.ts (which runs the oracle) and big-integers.test.ts (which reads the
 * committed results, cases included). Bodies are `bodyText` and inputs are JSON text read with
 * the engine's exact parser, so every digit reaches the oracle as written.
 */
import type { JsonObject, JsonValue } from '../../../src/dryrun/json/model.js';
import { parseJson } from '../../../src/dryrun/json/parse.js';

/** One case: what it is about, and the oracle case (the oracle's input format). */
export interface BigIntegerCase {
  about: string;
  case: JsonObject;
}

interface CaseSpec {
  /** Request body template (POST, `Content-Type: text/plain`); GET when absent. */
  requestTemplate?: string;
  requestUrlTemplate?: string;
  translationMap?: Record<string, string>;
  translationMapDefaults?: Record<string, string>;
  successTemplate?: string;
  /** The input as JSON text (exact digits). */
  input?: string;
  /** Input schema properties as JSON text. */
  inputProperties?: string;
  /** Output schema properties as JSON text. */
  outputProperties?: string;
  /** The response body, byte-exact. */
  bodyText?: string;
  successContextInput?: boolean;
}

function oracleCase(id: string, s: CaseSpec): JsonObject {
  const request: JsonValue = {
    requestUrlTemplate: s.requestUrlTemplate ?? 'https://api.example.com/',
    requestType: s.requestTemplate === undefined ? 'GET' : 'POST',
    headers: s.requestTemplate === undefined ? {} : { 'Content-Type': 'text/plain' },
    ...(s.requestTemplate === undefined ? {} : { requestTemplate: s.requestTemplate }),
  };
  const response: JsonValue = {
    translationMap: s.translationMap ?? {},
    translationMapDefaults: s.translationMapDefaults ?? {},
    successTemplate: s.successTemplate ?? '{}',
  };
  return {
    id,
    definition: {
      name: 'big integers',
      integrationType: 'custom-rest-actions',
      actionType: 'custom',
      config: { request, response },
      contract: {
        input: { inputSchema: { type: 'object', properties: parseJson(s.inputProperties ?? '{}'), additionalProperties: true } },
        output: { successSchema: { type: 'object', properties: parseJson(s.outputProperties ?? '{}'), additionalProperties: true } },
      },
      secure: false,
    },
    input: parseJson(s.input ?? '{}'),
    response: { status: 200, bodyText: s.bodyText ?? '{}' },
    ...(s.successContextInput ? { options: { successContextInput: true } } : {}),
  };
}

/** Every path read with a default, so step 9 records each value or Jayway exception. */
function readAll(paths: string[]): Pick<CaseSpec, 'translationMap' | 'translationMapDefaults'> {
  return {
    translationMap: Object.fromEntries(paths.map((p, i) => [`p${i}`, p])),
    translationMapDefaults: Object.fromEntries(paths.map((_, i) => [`p${i}`, '"__default__"'])),
  };
}

const LIMITS = '{"L":9223372036854775807,"B":9223372036854775808,"M":-9223372036854775808,"N":-9223372036854775809,"S":9007199254740993,"T":9007199254740992,"U":9007199254740991,"big":12345678901234567890123}';

const SPECS: [string, CaseSpec][] = [
  [
    'response body beyond 2^53: step 8 rawResult, step 9 values and step 10 text keep every digit',
    {
      bodyText: '{"x":9007199254740993,"y":12345678901234567890,"n":-9223372036854775809}',
      translationMap: { v: '$.x', y: '$.y' },
      successTemplate: '{"a": ${v}, "y": ${y}, "b": $rawResult}',
      outputProperties: '{"a":{"type":"integer"},"y":{"type":"number"},"b":{"type":"object","properties":{"n":{"type":"integer"}}}}',
    },
  ],
  [
    'Integer/Long/BigInteger boundaries in a body: values and the class names of Jayway messages',
    {
      bodyText: LIMITS,
      ...readAll(['$.L', '$.B', '$.M', '$.N', '$.S', '$.T', '$.U', '$.big', '$.L.y', '$.B.y', '$.M.y', '$.N.y', '$.S.y', '$.U.y', '$.big.y']),
      successTemplate: '{"L": $p0, "B": $p1, "M": $p2, "N": $p3, "raw": $rawResult}',
    },
  ],
  [
    'filters compare big integers exactly (BigDecimal), against literals, strings and other paths',
    {
      bodyText:
        '{"x":9007199254740993,"B":9223372036854775808,"nums":[9007199254740993,1,9223372036854775808,-9223372036854775809],"arr":[{"id":9007199254740992},{"id":9007199254740993},{"id":9223372036854775808},{"id":"9007199254740993"},{"id":-9223372036854775809}]}',
      ...readAll([
        '$.arr[?(@.id == 9007199254740993)].id',
        '$.arr[?(@.id > 9007199254740992)].id',
        '$.arr[?(@.id < -9223372036854775808)].id',
        '$.arr[?(@.id in [9007199254740993, 9223372036854775808])].id',
        '$.arr[?(@.id == "9007199254740993")].id',
        '$.arr[?(@.id === 9007199254740993)].id',
        '$.arr[?(@.id == $.x)].id',
        '$.arr[?(@.id >= $.B)].id',
        '$.arr[?(@.id == 9007199254740993.0)].id',
        '$.arr[?(@.id =~ /9007.*3/)].id',
        '$.arr[?([9007199254740993] contains @.id)].id',
        '$.nums[?(@ == -9223372036854775809)]',
        '$.nums[?(@ == 9223372036854775808)]',
        '$..id',
      ]),
    },
  ],
  [
    'functions: sum/min/max in doubles, concat/append/index keep the integers',
    {
      bodyText: '{"x":9007199254740993,"nums":[9007199254740993,1,9223372036854775808],"neg":[-3,-5],"ss":["a"],"e1":[],"e2":[],"e3":[]}',
      ...readAll([
        '$.nums.sum()',
        '$.nums.min()',
        '$.nums.max()',
        '$.neg.max()',
        '$.nums.length()',
        '$.ss.concat($.x)',
        '$.ss.concat(9007199254740993)',
        '$.nums.index(1)',
        '$.nums.index(0)',
        '$.e1.sum(9007199254740993)',
        '$.e2.append(9223372036854775808)',
        '$.e3.append(-9223372036854775809, 9007199254740993)',
      ]),
    },
  ],
  [
    'negative zero: json-smart keeps -0.0 as a Double and reads -0 as the integer 0',
    {
      bodyText: '{"z":-0.0,"zi":-0,"a":[-0.0,0.0,-0],"e":[]}',
      ...readAll(['$.z', '$.zi', '$.a', '$.a[?(@ == -0.0)]', '$.a[?(@ == 0)]', '$.e.append(-0.0, -0)']),
      successTemplate: '{"z": $p0, "zi": $p1, "raw": $rawResult}',
    },
  ],
  [
    'inputs beyond 2^53 in request templates: rendering, rawRequest and the URL keep every digit',
    {
      input: LIMITS,
      requestUrlTemplate: 'https://api.example.com/items/${input.big}?l=$input.L',
      requestTemplate: '$input.L $input.B $input.M $input.N $input.S $input.T $input.U $input.big | $input.rawRequest',
    },
  ],
  [
    'Velocity arithmetic on big integers: exact long arithmetic, widened to BigInteger on overflow',
    {
      input: LIMITS,
      requestTemplate: [
        '$input.L + 1',
        '$input.S + 1',
        '$input.S - 1',
        '$input.S * 3',
        '$input.L * $input.L',
        '$input.M - 1',
        '$input.M / -1',
        '$input.M * -1',
        '$input.M % -1',
        '$input.big / 7',
        '$input.big % 7',
        '$input.N % 10',
        '$input.N / 10',
        '$input.B / $input.B',
        '$input.B - $input.B',
        '$input.S + 0.5',
        '-$input.S',
        '-$input.M',
        '-$input.N',
      ]
        .map((e) => `#set($r = ${e})$r`)
        .join(' | '),
    },
  ],
  [
    'Velocity comparisons: integers exactly, with a Double as doubles, with a numeric String as BigDecimals',
    {
      input: '{"L":9223372036854775807,"B":9223372036854775808,"S":9007199254740993,"T":9007199254740992,"big":12345678901234567890123,"bs":"9007199254740993","ts":"9007199254740992"}',
      requestTemplate: [
        '$input.S == $input.T',
        '$input.S > $input.T',
        '$input.B > $input.L',
        '$input.big > $input.B',
        '$input.S == 9007199254740992',
        '$input.S == 9007199254740992.0',
        '$input.S > 9007199254740992.0',
        '$input.B == 9223372036854775808.0',
        '$input.B < 9223372036854775808.0',
        '$input.S == $input.bs',
        '$input.S == $input.ts',
        '$input.B == "9223372036854775808"',
        '$input.bs > $input.T',
        '$input.S != $input.L',
        '$input.S',
      ]
        .map((c) => `#if(${c})T#{else}F#end`)
        .join(' '),
    },
  ],
  [
    '$math computes in doubles and saturates at the long range',
    {
      input: LIMITS,
      requestTemplate: [
        '$math.add($input.S, 0)',
        '$math.sub($input.B, 1)',
        '$math.mul($input.L, 2)',
        '$math.mul($input.big, $input.big)',
        '$math.pow(10, 400)',
        '$math.sub($input.N, 1)',
        '$math.abs($input.N)',
        '$math.toNumber($input.B)',
        '$math.toNumber("9007199254740993")',
        '$math.toInteger($input.S)',
        '$math.toDouble($input.S)',
        '$math.idiv($input.S, 1)',
        '$math.mod($input.S, 10)',
        '$math.round($input.S)',
        '$math.ceil($input.B)',
        '$math.max(-5, -3)',
      ].join(' | '),
    },
  ],
  [
    'String methods receiving big integers',
    {
      input: '{"s":"abcdef","B":9223372036854775808,"S":9007199254740993}',
      requestTemplate: '$input.s.concat($input.B) $input.s.concat($input.S)',
    },
  ],
  [
    'a Long outside the int range passed to an int parameter',
    { input: '{"s":"abcdef","S":9007199254740993}', requestTemplate: '$input.s.substring($input.S)' },
  ],
  [
    'a BigInteger passed to an int parameter',
    { input: '{"s":"abcdef","B":9223372036854775808}', requestTemplate: '$input.s.substring($input.B)' },
  ],
  ['BigInteger % a negative number is an ArithmeticException', { input: '{"N":-9223372036854775809}', requestTemplate: '#set($r = $input.N % -10)$r' }],
  [
    'class names in Velocity messages: Long',
    { input: '{"S":9007199254740993,"B":9223372036854775808}', successTemplate: '{"a": $input.S.nosuch($input.B, $input.S)}', successContextInput: true },
  ],
  ['class names in Velocity messages: BigInteger', { input: '{"B":9223372036854775808}', successTemplate: '{"a": $input.B.nosuch()}', successContextInput: true }],
  [
    'strict success template: translation values are JSON text, compared with inputs',
    {
      input: '{"S":9007199254740993,"T":9007199254740992}',
      bodyText: '{"x":9007199254740993}',
      translationMap: { v: '$.x' },
      successTemplate: '{"eqS": #if($v == $input.S)1#{else}0#end, "eqT": #if($v == $input.T)1#{else}0#end, "gt": #if($v > $input.T)1#{else}0#end, "v": ${v}, "s": $input.S}',
      successContextInput: true,
    },
  ],
  [
    'input schema: a big integer is an integer and a number',
    {
      input: '{"a":9223372036854775808,"b":-9223372036854775809,"c":9007199254740993}',
      inputProperties: '{"a":{"type":"integer"},"b":{"type":"number"},"c":{"type":["integer","null"]}}',
      requestTemplate: '$input.rawRequest',
    },
  ],
  [
    'Velocity integer literals beyond 2^53',
    {
      input: '{"L":9223372036854775807}',
      requestTemplate: '#set($x = 9007199254740993)$x #set($y = 12345678901234567890)$y #if($input.L == 9223372036854775807)T#{else}F#end',
    },
  ],
  [
    'Number methods called on a big integer',
    { input: '{"S":9007199254740993,"B":9223372036854775808}', requestTemplate: '$input.S.toString() $input.S.longValue() $input.S.intValue() $input.B.toString()' },
  ],
  ['a BigInteger with a Double is BigDecimal arithmetic', { input: '{"B":9223372036854775808}', requestTemplate: '#set($r = $input.B + 0.5)$r' }],
  ['input schema: a big integer is not a string', { input: '{"a":9223372036854775808}', inputProperties: '{"a":{"type":"string"}}', requestTemplate: '$input.rawRequest' }],
];

/** The cases, in fixture order. */
export const BIG_INTEGER_CASES: BigIntegerCase[] = SPECS.map(([about, spec], i) => ({ about, case: oracleCase(`big-${i}`, spec) }));
