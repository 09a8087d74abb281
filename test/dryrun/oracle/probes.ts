/**
 * Probe definitions for the oracle-generated fixtures (see generate.ts). Only inputs live here;
 * the expected values are produced by the oracle and stored in the *.json files next to this.
 * `dbl(n)` marks a JSON number written with a fraction (`1.0`), which Java reads as a Double.
 */
import { JavaDouble } from '../../../src/dryrun/json/java-double.js';

const dbl = (n: number) => new JavaDouble(n);

/** A request-side (non-strict) template rendered as the POST body, with its input. */
export interface RequestProbe {
  template: string;
  input?: Record<string, unknown>;
}

/** A success-template (strict) probe with translation values given as JSON texts. */
export interface StrictProbe {
  template: string;
  values?: Record<string, string>;
  input?: Record<string, unknown>;
}

/** One document and the paths read from it. */
export interface JsonPathProbe {
  doc: unknown;
  paths: string[];
}

export const REQUEST_PROBES: RequestProbe[] = [
  // genesys-runtime.md §11, request-side table
  { template: 'https://h/s?q=$esc.url(${input.q})', input: { q: 'a b/c', note: 'He said "hi"' } },
  { template: 'https://h/s/${input.opt}', input: { q: 'a b/c' } },
  { template: 'https://h/s/$!{input.opt}', input: { q: 'a b/c' } },
  { template: '{"n": "$esc.jsonString(${input.note})"}', input: { note: 'He said "hi"' } },
  { template: '{"n": "${input.note}"}', input: { note: 'He said "hi"' } },
  { template: '#if("$!{input.opt}" != "")"o":"$!{input.opt}"#end', input: {} },
  // truthiness (Velocity 2.x empty check)
  { template: '#if($input.zero)Y#{else}N#end|#if($input.fzero)Y#{else}N#end|#if($input.e)Y#{else}N#end|#if($input.sp)Y#{else}N#end|#if($input.f)Y#{else}N#end|#if($input.nul)Y#{else}N#end|#if($input.missing)Y#{else}N#end', input: { zero: 0, fzero: dbl(0), e: '', sp: ' ', f: false, nul: null } },
  { template: "#set($l=[])#if($l)Y#{else}N#end #set($m={})#if($m)Y#{else}N#end #set($s='false')#if($s)Y#{else}N#end" },
  // comparisons
  { template: "#if($input.a == '31')Y#{else}N#end #if($input.s == 31)Y#{else}N#end #if($input.s > 18)Y#{else}N#end #if($input.s == '31')Y#{else}N#end #if($input.b == 'true')Y#{else}N#end #if($input.a == 31.0)Y#{else}N#end", input: { a: 31, s: '31', b: true } },
  { template: "#set($l=[1,2])#if(31 == '31.0')Y#{else}N#end #if('abc' > 1)Y#{else}N#end #if('1.5' > 1)Y#{else}N#end #if('b' > 'a')Y#{else}N#end #if($l == '[1, 2]')Y#{else}N#end #if(1 == true)Y#{else}N#end #if($input.nul == $input.missing)Y#{else}N#end #if($input.nul == 'x')Y#{else}N#end #if('1' == 1.0)Y#{else}N#end #if(2 > 1.5)Y#{else}N#end #if('a' != 'a')Y#{else}N#end", input: { nul: null } },
  { template: '#if($input.a > 1 && !$input.b)A#elseif($input.c)B#{else}C#end #if($input.missing || $input.a < 0)D#{else}E#end', input: { a: 2, b: false, c: true } },
  // numbers and arithmetic
  { template: '$math.add(1,2) ${input.a} ${input.d} ${input.big} ${input.neg} ${input.small} ${input.one} $input.b $input.nul $!input.nul', input: { a: 31, d: 2.5, big: 12345678.9, neg: -0.5, small: 0.0001, one: dbl(1), ten: dbl(1e10), b: true, nul: null } },
  { template: "#set($x = 7 / 2)$x #set($y = 7.0 / 2)$y #set($z = 7 % 3)$z #set($w = 'a' + 1)$w #set($v = 1 + 'a')$v #set($u = 2 * 3.5)$u #set($q = 10 - 2.5)$q #set($r = -3)$r" },
  { template: "#set($d = 7 / 0)$d #set($e = 2147483647 + 1)$e #set($f = 5 / 2.0)$f #set($g = -7 / 2)$g #set($h = -7 % 3)$h #set($i = 1.5 + 1.5)$i #set($j = 'a' - 1)$j" },
  { template: '#set($x = $input.i + $input.d)$x #set($y = $input.i * 2)$y #set($z = $input.s + $input.i)$z #set($w = $input.i + $input.nul)$w', input: { i: 5, d: 2.5, s: 'x', nul: null } },
  // String methods
  { template: "$input.s.replace('a','b') $input.s.substring(1) $input.s.substring(1,3) $input.s.length() $input.s.split(',') $input.s.split(',').size() $input.s.split(',')[0] $input.s.trim() $input.s.toUpperCase() $input.s.contains('b,') $input.s.startsWith('a') $input.s.endsWith('c') $input.s.equals('a,b,c') $input.s.indexOf('b') $input.s.isEmpty() $input.s.charAt(0) $input.s.lastIndexOf(',') $input.s.replaceAll('[,]','-') $input.s.matches('a.*') $input.s.equalsIgnoreCase('A,B,C') $input.s.concat('!') $input.s.empty $input.s.bytes.size()", input: { s: 'a,b,c' } },
  { template: "$input.s.split('b')|$input.s.indexOf('z')|$input.s.replaceAll('(b)', '[$1]')|$input.s.toLowerCase()|$input.s.compareTo('abd')|$input.s.repeat(2)|$input.s.strip()|$input.s.isBlank()", input: { s: 'abc' } },
  { template: "$input.s.replace('a', 'b', 'c')|$input.s.substring('1')|$input.s.substring(1.5)|$input.s.split(',', 2)|$input.s.indexOf('b', 2)", input: { s: 'a,b,b' } },
  { template: "${input.s.replace(' ','%20')} ${input.s.toLowerCase()} $input.s.replace('a', '')", input: { s: 'A a b' } },
  { template: '$input.s.substring(10)', input: { s: 'abc' } },
  { template: '$input.s.charAt(9)', input: { s: 'abc' } },
  { template: "$input.s.replace('b', $input.missing)", input: { s: 'abc' } },
  { template: '$input.s.nosuch() $input.s.length $input.missing.toUpperCase() $!input.missing.toUpperCase()', input: { s: 'abc' } },
  { template: '$input.i.toString() $input.i.intValue() $input.i.doubleValue() $input.d.intValue() $input.b.toString() $input.s.getBytes() $input.d.longValue() $input.i.compareTo(3)', input: { i: 5, d: 2.5, b: true, s: 'x' } },
  // lists and maps
  { template: "#set($l = ['a','b'])#if($l.contains('a'))Y#end $l.get(0) $l[1] $l[-1] $l.size() #set($m = {'k': 'v'})$m.k $m.get('k') $m['k'] $m.keySet() $m.entrySet() #foreach($e in $m.entrySet())$e.key=$e.value#end #foreach($v in $m)$v#end" },
  { template: "#set($m = {'a': 1, 'b': [1,2]})$m $m.a $m.b $m.b.size() $m.b[0] $m.b.get(1) #set($m.c = 3)$m.c $m.size() #set($l = ['x','y'])$l $l.size() $l.isEmpty() $l.contains('x') $l.indexOf('y') #set($ok = $l.add('z'))$l $ok" },
  { template: "#set($m = {})#set($m.a = 1)#set($m['b'] = 2)$m $m.put('c', 3) $m" },
  { template: "$input $input.keySet() $input.size() $input.get('a') $input.containsKey('a') $input.entrySet() $input.values() $input.isEmpty()", input: { a: 1, b: 'x' } },
  { template: '${input.rawRequest}', input: { a: 1, d: 2.5, e: dbl(3), s: 'q"/é', n: null, t: true } },
  // tools
  { template: "$esc.url('a b/c') $esc.q $esc.quote $esc.d $esc.dollar $esc.h $esc.hash $esc.b $esc.backslash $esc.s $esc.singleQuote $esc.e $esc.exclamation $esc.n| $esc.newline| $esc.java('a\"b') $esc.javascript(\"it's\") $esc.html('<a&b>') $esc.xml('<a&b>') $esc.sql(\"it's\") $esc.propertyKey('a b') $esc.velocity('$x') $esc.unicode('\\u00e9')" },
  { template: 'q=$esc.url(${input.q})&u=$esc.uriEncode(${input.q})&f=$esc.urlFormEncode(${input.q})', input: { q: 'O\'Brien "Bob"\n\tx/y & z ü +1 ~*' } },
  { template: '$esc.jsonString($input.i) $esc.url($input.i) $esc.url($input.nul) $esc.jsonString($input.b) $encoding.base64($input.i)', input: { i: 5, b: true, nul: null } },
  { template: '$encoding.base64(\'héllo\') $esc.jsonString($input.s) $esc.jsonEncode($input.s) $esc.uriEncode("a b+/~*\'()!") $esc.urlFormEncode(\'a b\') $esc.jsonDecode(\'a\\\\nb\')', input: { s: 'a"b\\c/d\u0001é€\t' } },
  { template: "$math.add('1','2') $math.div(7,2) $math.div(4,2) $math.mul(1.1,3) $math.sub(5,7) $math.max(1,5,3) $math.min(2,1.5) $math.abs(-3) $math.abs(-2.5) $math.round(2.5) $math.round(3.5) $math.round(-2.5) $math.floor(2.7) $math.ceil(2.1) $math.toInteger('42') $math.toInteger(2.9) $math.toDouble(2) $math.toNumber('2.50') $math.toNumber('7') $math.pow(2,10) $math.idiv(7,2) $math.mod(7,3) $math.add(1,'x') $math.roundTo(2, 3.14159) $math.div(1,0) $math.add(2147483647,1)" },
  { template: "$math.toInteger('x') $math.toInteger('2.7') $math.round('2.5') $math.toNumber('1e3') $math.div(10, 4) $math.div(10.0, 5) $math.add(1.0, 2) $math.sub('1.5', '0.5') $math.max('3', 2) $math.abs('-1') $math.ceil(2) $math.floor(-1.5) $math.toDouble('x') $math.getTotal([1,2,3]) $math.getAverage([1,2,3])" },
  { template: "$math.min(5,3) $math.max(1.5, 2) $math.toNumber('1,000') $math.add($input.a, 2) $math.toInteger($input.s)", input: { a: 40, s: '17' } },
  { template: "$successTemplateUtils.firstFromArray('[1,2]') $successTemplateUtils.firstFromArray('[]', 'd') $successTemplateUtils.firstFromArray('x', 'd') $successTemplateUtils.firstFromArray('{\"a\":1}') $successTemplateUtils.firstFromArray('[\"€/\", {\"k\": 1.50}]') $successTemplateUtils.firstFromArray('[[1,2]]') $successTemplateUtils.firstFromArray('[null]')|" },
  { template: 'Basic $encoding.base64("${credentials.clientId}:${credentials.clientSecret}") ${authResponse.token_type}' },
  // directives
  { template: '#foreach($i in [1,2,3])$i:$foreach.count:$foreach.index:$foreach.hasNext:$foreach.first:$foreach.last #end' },
  { template: '#foreach($i in $input.s)X#end|#foreach($i in $input.missing)X#end|#foreach($k in $input)$k,#end|#foreach($i in [1..3])$i#end|#foreach($i in [3..1])$i#end', input: { s: 'abc', a: 1 } },
  { template: "#foreach($i in [1,2])#foreach($j in ['a'])$foreach.parent.count$j#end#end" },
  { template: '#foreach($i in [1,2])$i#if($foreach.hasNext),#end#end' },
  { template: '#foreach($i in [1..5])#if($i == 3)#break#end$i#end' },
  { template: "#macro(m $a)[$a]#end#m(1)#m('x')" },
  { template: '#macro(r $a)#r($a)#end#r(1)' },
  { template: '#set($s = "a${input.i}b")$s #set($t = \'a${input.i}b\')$t', input: { i: 5 } },
  { template: '#set($x = "$input.nope")$x #set($y = "$!input.nope")[$y] #set($z = $input.nope)[$z]' },
  { template: '#set($a = 1)#set($a = $input.nope)$a' },
  { template: '$foreach.hasNext #foreach($i in [])x#end $i' },
  { template: 'a $ b $1 $.x #x #{x} \\$input.a \\#if #foo() \\\\$input.a', input: { a: 1 } },
  { template: '#if($input.a)#set($b = "x")#end$b #* block *# ## line\nafter', input: { a: 1 } },
  { template: '$a-$b $input.first-name ${input.a}-${input.b}', input: { a: 'A', b: 'B', first: 'F' } },
  // parse errors
  { template: '${input.my-key}', input: { 'my-key': 'v' } },
  { template: '#if($input.x', input: {} },
  { template: 'A\n  #else\nB' },
  // space gobbling (Velocity 2.x lines mode)
  { template: 'a\n  #if(true)\n  b\n  #end\n  c\n#set($x = 1)\n  d ## comment\n  ## full\ne\n#* b *#\nf' },
  { template: 'a #if(true) b #end c\n  #if(true)x#end\nd' },
  { template: 'A\n  #set($x=1) y\nB' },
  { template: 'A\nx #set($x=1)\nB' },
  { template: 'A\n  #set($x=1)  \nB' },
  { template: 'A\n\t#set($x=1)\t\nB' },
  { template: 'A\n  $input.a\nB', input: { a: 1 } },
  { template: 'A\n#if(false)\n  a\n  #else\n  b\n  #end\nB' },
  { template: 'A\n#if(false)\n  a\n  #elseif(true)\n  b\n#end\nB' },
  { template: 'A\n  #foreach($i in [1,2])\n  $i\n  #end\nB' },
  { template: 'A\n  #foreach($i in [1,2])\n  $i\n  #if($i == 1)#break#end\n  #end\nB' },
  { template: 'A\n#macro(m)\n  m\n#end\n  #m()\nB' },
  { template: 'A\n#if(true)\n  #if(true)\n  a\n  #end\n#end\nB' },
  { template: 'A\r\n  #if(true)\r\n  a\r\n  #end\r\nB' },
  { template: 'A\n  #if(true)x\n  #end\nB' },
  { template: 'A\n  #if(true)\n#end  y\nB' },
  { template: 'A #set($x=1)\n  #set($y=2)\nB' },
  { template: '#set($x=1)\nB' },
  { template: '  #set($x=1)\nB' },
  { template: 'A\n  #set($x=1)' },
  { template: 'A\n  #{if}(true)\n  a\n  #{end}\nB' },
  { template: 'A\n  #if(true) \n  a\n  #end \nB' },
  { template: 'A\n  ## c\nB' },
  { template: 'A\n  #* c *#\nB' },
  { template: 'A\n  #* c *#  #set($x=1)\nB' },
  { template: 'x #if(true)\n  a\n  #end\nB' },
  { template: '  #if(true)\n  a\nx #end\nB' },
  { template: '#if(true)a\n#end\nB' },
  { template: '  #if(true)\n  a #else\n  b\n  #end\nB' },
  { template: '  #if(false)\n  a #else\n  b\n  #end\nB' },
  { template: 'x #foreach($i in [1,2])\n$i\n#end\nB' },
  { template: 'x #if(true)a#end\nB' },
  { template: 'A\n  #if(false)a#end\nB' },
  { template: 'A\n  #if(true)\n    #set($y=1)\n  #end y\nB' },
  { template: 'x #set($a=1) #set($b=2)\nB' },
  { template: '  #set($a=1) #set($b=2)\nB' },
  { template: '  #set($a=1)#set($b=2)\nB' },
  { template: 'A\n  #if(true)\n  #{else}\n  #end\nB' },
  { template: 'x#if(true)\n#end\nB' },
  { template: '  #if(true) #end\nB' },
  { template: '  #if(true)#end  \nB' },
  {
    template: '{\n  "id": "${input.id}"\n  #if($input.note)\n  ,"note": "$esc.jsonString($input.note)"\n  #end\n  #foreach($i in [1,2])\n  ,"n$i": $i\n  #end\n}',
    input: { id: 'u1', note: 'x' },
  },
];

export const STRICT_PROBES: StrictProbe[] = [
  { template: '{"n": ${nme}}' },
  { template: '{"n": $!{nme}}' },
  { template: '{"n": $nme}' },
  { template: '{"n": 1}\n  ${nme}' },
  { template: '{\t"n": ${nme}}' },
  { template: '{}\n\t\t${nme}' },
  { template: '#if($nme)a#end{}' },
  { template: '#if($nme == 1)a#end{}' },
  { template: '#if(!$nme)a#end{}' },
  { template: '#if($nme && $other)a#end{}' },
  { template: '{"x": $successTemplateUtils.firstFromArray($nme)}' },
  { template: '{"x": $successTemplateUtils.firstFromArray("${nme}")}' },
  { template: '{"x": $successTemplateUtils.firstFromArray("${ids}", "$esc.quote$esc.quote")}', values: { ids: '[]' } },
  { template: '{"x": $successTemplateUtils.firstFromArray("${ids}", "$esc.quote $esc.quote")}', values: { ids: '[]' } },
  { template: '{"x": $successTemplateUtils.firstFromArray(${ids})}', values: { ids: '["a","b"]' } },
  { template: '{"x": $n.nosuch()}', values: { n: '"a"' } },
  { template: '{"x": $n.length()}', values: { n: '"abc"' } },
  { template: '{"x": "$n.replace(\'"\',\'\')"}', values: { n: '"abc"' } },
  { template: '{"x": "$input.missing"}' },
  { template: '{"x": "$!input.missing"}' },
  { template: '{"x": "$input.missing.foo"}' },
  { template: '#set($a = $nosuch){}' },
  { template: '{"x": $esc.nosuch}' },
  { template: '{"x": "$esc.jsonString($input.nul)"}', input: { nul: null } },
  { template: '#set($d = 7 / 0)#if($d)x#end{}' },
  { template: '#if(\'abc\' > 1)a#end{}' },
  { template: '{"ts": [#foreach($t in $ts)"$t"#if($foreach.hasNext),#end#end]}', values: { ts: '["x","y"]' } },
  { template: '{"adult": #if($age > 18)true#{else}false#end, "n": $math.toInteger($age)}', values: { age: '31' } },
  { template: '{"v": ${rawResult}}' },
  { template: '{"a": $a, "b": $b, "c": $c}', values: { a: '"x/y"', b: '1.5', c: '{"k":[1,null]}' } },
  { template: '{"text": "$esc.jsonString($t)"}', values: { t: '"He said \\"hi\\" – 5€"' } },
  { template: '#set($x = $nope.foo){}' },
  { template: '{"n": ${a.b}}', values: { a: '"s"' } },
];

const DOC_5_2 = {
  a: { b: 'x/y', n: null, num: dbl(1.5), int: 150, dbl: dbl(150), s: '150', obj: { k: 'v' } },
  items: [{ k: 'p', v: 1 }, { k: 'q', v: null }, { k: 'r' }],
  empty: [],
  arr: ['one', 'two', 'three'],
  'key with space': 1,
  'key-dash': 2,
  '@odata.count': 3,
};

export const JSONPATH_PROBES: JsonPathProbe[] = [
  {
    // genesys-runtime.md §5.2 table document
    doc: DOC_5_2,
    paths: [
      '$.a.b', '$.a.n', '$.a.num', '$.a.s', '$.a.obj', '$.a.missing', '$.a.zz.yy', '$.a.b.c', '$.arr[5]', '$.arr[-1]',
      '$.empty[0]', '$.empty[*]', '$.items[*].v', '$..v', "$.items[?(@.k=='p')].v", "$.items[?(@.k=='zz')].v", '$.items[?(@.v)]',
      '$.items.length()', '$.items[*].length()', '$.missing.length()', '$.participants.length', "$['key with space']", '$.key-dash',
      "$['@odata.count']", '$.@odata.count', "$.['a'].b", 'a.b', '$.a.B', '$', '$.a.int', '$.arr[0,2]', '$.arr[1:]', '$.arr[-2:]',
      '$.arr[:2]', '$.arr[1:2]', "$.a['b','s']", '$.a.*', '$.items[*]', '$..k', '$..k.length()', '$.arr.size()', '$.a.keys()',
      '$.arr.first()', '$.arr.last()', '$.arr.index(1)', '$.empty.first()', '$.empty.last()', '$.arr[-9]', '$.a[0]',
      '$.items[?(@.v == 1)].k', "$.items[?(@.v == '1')].k", '$.items[?(@.v != 1)].k', '$.items[?(!@.v)].k', '$.items[?(@.v > 0)].k',
      "$.items[?(@.k in ['p','r'])].k", "$.items[?(@.k nin ['p','r'])].k", "$.items[?(@.k =~ /[pq]/)].k", "$.items[?(@.k =~ /P/i)].k",
      '$.items[?(@.k == "q")].v', "$.items[?(@.k == 'p' || @.k == 'r')].k", "$.items[?(@.k == 'p' && @.v == 1)].k",
      "$.items[?(@.k size 1)].k", '$.items[?(@.v empty false)].k', '$.a.num.length()', '$.a.s.length()', '$.arr.sum()',
      '$.items[*].v.sum()', '$..num', '$.a..k', '$.items[0:2].k', '$.items[-1].k', '$.a.obj.k.x',
    ],
  },
  {
    doc: {
      participants: [
        { purpose: 'customer', id: 'c1', state: 'connected', messages: [{ m: 1 }, { m: 2 }], sessions: [{ flowInType: 'agent' }] },
        { purpose: 'agent', id: 'a1', userId: 'u1', state: 'connected', attributes: { x: 'y' } },
        { purpose: 'acd', id: 'q1', sessions: [{ flowInType: 'agent' }], conversationRoutingData: { priority: 3 } },
      ],
      conversations: [{ conversationId: 'k1', participants: [{ purpose: 'agent', userId: 'u9' }] }, { conversationId: 'k2', participants: [{ purpose: 'customer' }] }],
      entities: [{ id: '', bodyType: 'notice' }, { id: 'e1', bodyType: 'standard', body: 'hi', sender: { id: 's1' } }, { id: 'e2' }],
      results: [{ data: [{ metric: 'oWaiting', stats: { count: 4 } }, { metric: 'oInteracting', qualifier: 'IDLE', stats: { count: 2 } }] }],
      msgDialogue: [{ body: 'first' }, { body: 'last', authorName: 'Ann' }],
    },
    paths: [
      "$.participants[?(@.purpose=='customer')].id", '$.participants[?(@.purpose =="customer")].id', '$.participants[?(@.purpose=="agent")].userId',
      "$.participants[?(@.state=='connected' && @.purpose=='customer')].messages.length()", "$.participants[?(@.purpose=='customer')].messages[-1:].m",
      "$..participants[?(@.purpose == 'acd' && @.sessions[0].flowInType == 'agent')].id", "$.conversations[?('agent' in @.participants[*].purpose)].conversationId",
      "$.conversations[*].participants[?(@.purpose == 'agent')].userId", "$.entities[?(@.id != '')].id",
      "$.entities[?(@.bodyType != 'member-join' && @.bodyType != 'notice')].sender.id", "$..data[?(@.metric=='oWaiting')].stats.count",
      "$..data[?(@.metric=='oInteracting' && @.qualifier=='IDLE')].stats", '$.msgDialogue[-1].authorName', '$.msgDialogue[-1].custRating',
      "$.participants[?(@.purpose=='acd')].conversationRoutingData.priority", "$.participants[?(@.purpose == 'customer')].attributes",
      "['participants'][?(@.purpose=='agent')]['attributes'].x", '$.entities.size()', '$.conversations[0].conversationId', '$.results[0].data..stats.count',
      '$..conversationId', '$.participants[*].sessions[*].flowInType', "$.participants[?(@.messages)].id", "$.participants[?(@.messages.length() > 1)].id",
    ],
  },
  {
    doc: {},
    paths: [
      "$.participants[?(@.purpose=='customer')].id", '$.participants[*].id', '$..id', '$.conversations.size()', '$.entities[0].id', '$.x',
      '$[0]', "$['a']['b']", '$.a[*].b',
    ],
  },
  { doc: [{ transcript: 't1', media: 'm' }, { transcript: 't2' }], paths: ['$[0].transcript', '$.[0]', '$[*].transcript', '$.length()', '$[1].media', '$[?(@.media)].transcript'] },
  { doc: { a: { x: 1 }, n: null, s: 'str', arr: [[1, 2], [3]] }, paths: ['$.a[*].b', '$.n.x', '$.n[0]', '$.s[0]', '$.s[*]', '$.arr[*][0]', '$..[0]', '$.arr.length()', '$.n.length()'] },
  { doc: { a: 1 }, paths: ['$.a.', '$..', '$.a[', "$['a'", '$.a b', '$.items[?(@.x === 1)]', '$.fn()', '$[?(@.a)]'] },
];
