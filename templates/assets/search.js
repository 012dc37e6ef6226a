/* wenku 文库 search client: our own small engine, no framework.
 *
 * Reads the index that wenku.search.SearchIndex writes under <site root>/search/. Every index file is a
 * classic script calling __wenkuSearch(name, data), loaded by injecting <script src>, so the search works
 * over http and from a folder opened with file:// (where fetch() of local files is blocked), under a strict
 * Content-Security-Policy (no inline script, no eval).
 *
 * API: window.wenkuSearch.search(query, {limit, offset, section, category})
 *        -> Promise<{query, results: [{url, title, subtitle, titleHtml, section, date, excerptHtml, label}],
 *                    total, totalExact, exact, sections, categories, suggestions}>
 *      window.wenkuSearch.ready() -> Promise (index metadata loaded)
 * UI:  the box input[name=q] in form.search-form gets results as you type; "/" focuses it; a page with
 *      #search-results shows the results for ?q= (bookmarkable, back button works) with filters.
 */
(function () {
  'use strict';
  if (window.wenkuSearch) return;

  // ---------------------------------------------------------------- where the site and its index are
  var script = document.currentScript;
  var rootMeta = document.querySelector('meta[name="wenku-root"]');
  var ROOT = rootMeta ? new URL(rootMeta.getAttribute('content') || './', location.href)
    : script && script.src ? new URL('../', script.src) : new URL('/', location.href);
  var BASE = new URL('search/', ROOT);
  var SCRIPT_QUERY = script && script.src ? new URL(script.src).search : '';

  // ---------------------------------------------------------------- loading index files as scripts
  var waiting = Object.create(null);
  var loading = Object.create(null);
  window.__wenkuSearch = function (name, data) {
    var w = waiting[name];
    if (w) { delete waiting[name]; w.resolve(data); }
  };
  function load(name, query) {
    var p = loading[name];
    if (p) return p;
    p = new Promise(function (resolve, reject) {
      waiting[name] = { resolve: resolve, reject: reject };
      var s = document.createElement('script');
      s.async = true;
      s.src = new URL(name + '.js' + (query || ''), BASE).href;
      var done = function (message) {
        s.remove();
        var w = waiting[name];
        if (w) { delete waiting[name]; w.reject(new Error('wenku search: ' + message + ' ' + s.src)); }
      };
      s.onload = function () { done('no data in'); };
      s.onerror = function () { done('cannot load'); };
      (document.head || document.documentElement).appendChild(s);
    });
    loading[name] = p;
    p.catch(function () { delete loading[name]; });
    return p;
  }

  // ---------------------------------------------------------------- bit streams (see BitWriter.java)
  function Bits(s) { this.s = s; this.i = 0; this.u = 0; this.left = 0; }
  Bits.prototype.bit = function () {
    if (this.left === 0) { this.u = (this.s.charCodeAt(this.i++) & 127) ^ 113; this.left = 7; }
    this.left--;
    return (this.u >> this.left) & 1;
  };
  Bits.prototype.bits = function (n) { var v = 0; while (n-- > 0) v = v * 2 + this.bit(); return v; };
  Bits.prototype.gamma = function () {
    var z = 0;
    while (this.bit() === 0) if (++z > 52) throw new Error('wenku search: corrupt index');
    var v = 1;
    while (z-- > 0) v = v * 2 + this.bit();
    return v;
  };
  Bits.prototype.rice = function (k) { var q = 0; while (this.bit() === 1) q++; return q * Math.pow(2, k) + this.bits(k); };
  Bits.prototype.eg = function (k) { return (this.gamma() - 1) * Math.pow(2, k) + this.bits(k); };

  function Huffman(lengths) {
    var count = new Int32Array(16), offs = new Int32Array(17), i;
    for (i = 0; i < lengths.length; i++) count[lengths[i]]++;
    count[0] = 0;
    for (i = 1; i < 16; i++) offs[i + 1] = offs[i] + count[i];
    var sym = new Int32Array(offs[16]);
    for (i = 0; i < lengths.length; i++) if (lengths[i]) sym[offs[lengths[i]]++] = i;
    this.count = count;
    this.sym = sym;
  }
  Huffman.prototype.decode = function (r) {
    var code = 0, first = 0, index = 0;
    for (var len = 1; len < 16; len++) {
      code |= r.bit();
      var c = this.count[len];
      if (code - first < c) return this.sym[index + code - first];
      index += c; first = (first + c) << 1; code <<= 1;
    }
    throw new Error('wenku search: bad code');
  };
  function riceParameter(n, df) { var q = Math.floor(n * 69 / (100 * df)); return q >= 1 ? 31 - Math.clz32(q) : 0; }

  // ---------------------------------------------------------------- characters (see Folding.java)
  var HAN = 1, LETTER = 2, DIGIT = 3;
  var reHan = /\p{Script=Han}/u, reLetter = /\p{L}/u, reDigit = /\p{Nd}/u;
  var classCache = new Map(), foldCache = new Map();
  function classOf(ch) {
    var c = ch.charCodeAt(0);
    if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? DIGIT : 0;
    if (c >= 0x4E00 && c <= 0x9FFF) return HAN;
    var k = classCache.get(ch);
    if (k === undefined) {
      k = reHan.test(ch) ? HAN : reDigit.test(ch) ? DIGIT : reLetter.test(ch) ? LETTER : 0;
      classCache.set(ch, k);
    }
    return k;
  }
  function foldChar(ch) {
    var c = ch.charCodeAt(0);
    if (c < 128) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
    if (c >= 0x4E00 && c <= 0x9FFF) return ch;
    var f = foldCache.get(ch);
    if (f === undefined) { f = ch.normalize('NFKC').toLowerCase(); foldCache.set(ch, f); }
    return f;
  }
  function charAt(s, i) {
    var c = s.charCodeAt(i);
    return c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length ? s.substr(i, 2) : s.charAt(i);
  }
  /** Folded text and, for every folded unit, the index of the original unit it came from. */
  function foldWithMap(s) {
    var out = [], map = [], i = 0;
    while (i < s.length) {
      var ch = charAt(s, i), f = foldChar(ch);
      out.push(f);
      for (var j = 0; j < f.length; j++) map.push(i);
      i += ch.length;
    }
    map.push(s.length);
    return { text: out.join(''), map: map };
  }
  function fold(s) {
    var out = '';
    for (var i = 0; i < s.length;) { var ch = charAt(s, i); out += foldChar(ch); i += ch.length; }
    return out;
  }
  /** Only the characters that make tokens (Han, letters, digits), folded. */
  function compact(s) {
    var f = fold(s), out = '';
    for (var i = 0; i < f.length;) { var ch = charAt(f, i); if (classOf(ch)) out += ch; i += ch.length; }
    return out;
  }
  /** Runs of Han characters, of letters and of digits, as in Tokenizer.java; words cut to 32 units. */
  function runs(folded) {
    var out = [], cur = '', kind = 0;
    function flush() { if (cur) out.push({ kind: kind, text: kind === HAN ? cur : cur.slice(0, 32) }); cur = ''; }
    for (var i = 0; i < folded.length;) {
      var ch = charAt(folded, i), k = classOf(ch);
      if (k !== kind) { flush(); kind = k; }
      if (k) cur += ch;
      i += ch.length;
    }
    flush();
    return out;
  }
  function hanChars(s) { var a = []; for (var i = 0; i < s.length;) { var ch = charAt(s, i); a.push(ch); i += ch.length; } return a; }

  // ---------------------------------------------------------------- articles: 第20条 -> 第二十条
  var DIGITS = '零一二三四五六七八九';
  function chineseNumber(n) {
    if (n < 10) return DIGITS[n];
    if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
    if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
    if (n < 1000) {
      var r = n % 100;
      return DIGITS[Math.floor(n / 100)] + '百' + (r === 0 ? '' : r < 10 ? '零' + DIGITS[r] : r < 20 ? '一' + chineseNumber(r) : chineseNumber(r));
    }
    return String(n);
  }
  // 本法, 本条例 … alone or after 依照, 根据, 违反 …; not the end of a name (基本法, 合同法)
  var SELF_NAME = /(?:^|[照据反用除及和、，\s])(?:本|该)(?:法|法典|条例|规定|办法|细则|规则|解释|决定|准则|规程|章程)$/;
  var ARTICLE = /第\s*([0-9]+|[零〇一二三四五六七八九十百千两]+)\s*条(?:\s*之\s*([一二三四五六七八九十]+))?/;
  function articleAnchor(num, sub) {
    var text = /^[0-9]+$/.test(num) ? chineseNumber(parseInt(num, 10)) : num.replace(/两/g, '二').replace(/〇/g, '零');
    return '第' + text + '条' + (sub ? '之' + sub : '');
  }

  // ---------------------------------------------------------------- the index metadata
  var meta = null, metaPromise = null;
  function ready() {
    if (!metaPromise) {
      metaPromise = load('meta', SCRIPT_QUERY).then(function (m) {
        if (m.v !== 1) throw new Error('wenku search: index format ' + m.v + ' not supported');
        meta = decodeMeta(m);
        return meta;
      });
      metaPromise.catch(function () { metaPromise = null; });
    }
    return metaPromise;
  }
  function decodeMeta(m) {
    var n = m.n, r = new Bits(m.docs), titles = m.titles.split('\n'), docs = new Array(n), start = 0;
    for (var d = 0; d < n; d++) {
      var tokens = r.eg(8);
      start += r.gamma() - 1;
      var files = r.gamma(), pre = r.gamma() - 1, suf = r.gamma() - 1;
      var day = r.bit() ? r.eg(15) + m.origin : null;
      var section = r.gamma() - 1, category = r.gamma() - 2, superseded = r.bit() === 1;
      var t = titles[d].split('\u001f'), title = t[0], subtitle = t[1] || '';
      var short = title.slice(pre, title.length - suf);
      docs[d] = {
        id: d, tokens: tokens, fileStart: start, files: files, day: day, section: section, category: category,
        superseded: superseded, title: title, subtitle: subtitle, shortTitle: short,
        cTitle: compact(title + subtitle), cShort: compact(short), cShortSub: compact(short + subtitle),
        cFull: compact(title), cFullSub: compact(title + subtitle)
      };
    }
    var c = new Bits(m.codec), nl = c.gamma() - 1, lits = new Uint16Array(nl), prev = -1, i;
    for (i = 0; i < nl; i++) { prev += c.gamma(); lits[i] = prev; }
    var mainLengths = [], distLengths = [];
    for (i = 0; i < nl + 1 + 16 + 12; i++) mainLengths.push(c.bits(4));
    for (i = 0; i < 20; i++) distLengths.push(c.bits(4));
    return {
      n: n, avg: m.tokens / Math.max(1, n), docs: docs, shards: m.shards, sections: m.sections,
      categories: m.categories, query: m.build ? '?v=' + m.build : '',
      codec: { lits: lits, main: new Huffman(mainLengths), dist: new Huffman(distLengths) }
    };
  }

  // ---------------------------------------------------------------- shards of the inverted index
  var shardCache = new Map();
  function shardIndex(key) {
    var s = meta.shards, lo = 0, hi = s.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (s[mid] <= key) lo = mid; else hi = mid - 1; }
    return lo;
  }
  function shard(i) {
    var p = shardCache.get(i);
    if (!p) {
      p = load('i/' + i, meta.query).then(decodeShard);
      shardCache.set(i, p);
      p.catch(function () { shardCache.delete(i); });
    }
    return p;
  }
  function isUnigram(key) { return hanChars(key).length === 1 && classOf(key) === HAN; }
  function decodeShard(payload) {
    var r = new Bits(payload), count = r.gamma(), keys = [], prev = '', i, j;
    for (i = 0; i < count; i++) {
      var lcp = r.gamma() - 1, len = r.gamma(), key = prev.slice(0, lcp);
      for (j = 0; j < len; j++) {
        key += String.fromCharCode(j === 0 && lcp < prev.length ? prev.charCodeAt(lcp) + r.gamma() : r.eg(12));
      }
      keys.push(key);
      prev = key;
    }
    var map = new Map(), docs = meta.docs, n = meta.n;
    for (i = 0; i < count; i++) {
      var df = r.gamma(), k = riceParameter(n, df), uni = isUnigram(keys[i]);
      var ids = new Int32Array(df), tf = new Float32Array(df), lo = new Int32Array(df), hi = new Int32Array(df), doc = -1;
      for (j = 0; j < df; j++) {
        doc += r.rice(k) + 1;
        ids[j] = doc;
        tf[j] = r.bit() === 0 ? 1 : r.bit() === 0 ? 2.5 : r.bit() === 0 ? 5.5 : 12;
        var fc = docs[doc].files;
        if (fc > 1 && !uni) {
          var m = r.gamma();
          if (m === fc) { lo[j] = allLo(fc); hi[j] = allHi(fc); }
          else {
            var kk = riceParameter(fc, m), p = -1;
            for (var x = 0; x < m; x++) {
              p += r.rice(kk) + 1;
              if (p < 32) lo[j] |= 1 << p; else hi[j] |= 1 << (p - 32);
            }
          }
        } else { lo[j] = allLo(fc); hi[j] = allHi(fc); }
      }
      map.set(keys[i], { ids: ids, tf: tf, lo: lo, hi: hi });
    }
    return map;
  }
  function allLo(fc) { return fc >= 32 ? -1 : (1 << fc) - 1; }
  function allHi(fc) { return fc <= 32 ? 0 : fc >= 64 ? -1 : (1 << (fc - 32)) - 1; }
  var EMPTY = { ids: new Int32Array(0), tf: new Float32Array(0), lo: new Int32Array(0), hi: new Int32Array(0) };
  function postings(key) {
    if (!meta.shards.length) return Promise.resolve(EMPTY);
    return shard(shardIndex(key)).then(function (map) { return map.get(key) || EMPTY; });
  }

  // ---------------------------------------------------------------- text files: excerpts, anchors, phrases
  var textCache = new Map();
  function textFile(f) {
    var p = textCache.get(f);
    if (!p) {
      p = load('t/' + f, meta.query).then(decodeTextFile);
      textCache.set(f, p);
      p.catch(function () { textCache.delete(f); });
      if (textCache.size > 80) textCache.delete(textCache.keys().next().value);
    }
    return p;
  }
  function decodeText(payload) {
    var codec = meta.codec, r = new Bits(payload), nl = codec.lits.length, out = new Uint16Array(16384), n = 0;
    for (;;) {
      var s = codec.main.decode(r);
      if (s < nl) {
        if (n === out.length) out = grow(out, n + 1);
        out[n++] = codec.lits[s];
        continue;
      }
      if (s === nl) break;
      var ls = s - nl - 1, len, c;
      if (ls < 16) len = ls + 2; else { c = ls - 16; len = (1 << c) + r.bits(c) + 17; }
      var dc = codec.dist.decode(r), d = (1 << dc) + r.bits(dc);
      if (d > n) throw new Error('wenku search: corrupt text');
      if (n + len > out.length) out = grow(out, n + len);
      for (var j = 0; j < len; j++, n++) out[n] = out[n - d];
    }
    var str = '';
    for (var i = 0; i < n; i += 8192) str += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 8192)));
    return str;
  }
  function grow(a, need) { var b = new Uint16Array(Math.max(need, a.length * 2)); b.set(a); return b; }
  function decodeTextFile(payload) {
    var parts = decodeText(payload).split('\u001d'), docs = new Map();
    for (var i = 1; i < parts.length; i++) {
      var part = parts[i], us = part.indexOf('\u001f'), rs = part.indexOf('\u001e');
      var id = parseInt(part.slice(0, us), 10), url = part.slice(us + 1, rs);
      var blocks = part.slice(rs + 1).split('\u001e');
      blocks.pop();
      var list = blocks.map(function (b) {
        var a = b.indexOf('\u001f'), fs = b.indexOf('\u001c'), sep = fs >= 0 && (a < 0 || fs < a) ? fs : a;
        var e = b.indexOf('\u001f', sep + 1), anchor = b.slice(0, sep), label = b.slice(sep + 1, e) || anchor;
        var text = (sep === fs ? anchor : '') + b.slice(e + 1);
        return { anchor: anchor, label: label, text: text, folded: null };
      });
      var prev = docs.get(id);
      if (prev) prev.blocks = prev.blocks.concat(list); else docs.set(id, { url: url, blocks: list });
    }
    return docs;
  }
  function foldedBlock(b) { if (!b.folded) b.folded = foldWithMap(b.text); return b.folded; }

  // ---------------------------------------------------------------- pinyin of titles (Latin queries)
  var pinyinPromise = null;
  function pinyin() {
    if (!pinyinPromise) {
      pinyinPromise = load('py', meta.query).then(function (table) {
        var map = new Map();
        Object.keys(table).forEach(function (ch) { map.set(ch, table[ch].split(' ')); });
        return map;
      });
      pinyinPromise.catch(function () { pinyinPromise = null; });
    }
    return pinyinPromise;
  }
  /**
   * How the letters q spell characters of a title in pinyin, each character by a whole reading or by its first
   * letter (the last one may be half typed): 3 the whole title, 2 from its start, 1 from inside, 0 not at all.
   */
  function pinyinMatch(q, chars, table) {
    var n = chars.length, best = 0, states, seen;
    var readings = chars.map(function (ch) { return table.get(ch) || [fold(ch)]; });
    function push(c, at) { var k = c * 1000 + at; if (!seen.has(k)) { seen.add(k); states.push(c, at); } }
    for (var start = 0; start < n && best < 3; start++) {
      if (best >= 2 && start > 0) break;
      states = [start, 0];
      seen = new Set();
      while (states.length) {
        var at = states.pop(), c = states.pop();
        if (at === q.length) {
          var v = start === 0 ? (c === n ? 3 : 2) : 1;
          if (v > best) best = v;
          continue;
        }
        if (c === n) continue;
        var rs = readings[c];
        for (var x = 0; x < rs.length; x++) {
          var rd = rs[x];
          if (q.startsWith(rd, at)) push(c + 1, at + rd.length);
          if (q.charCodeAt(at) === rd.charCodeAt(0)) push(c + 1, at + 1);
          if (q.length - at > 1 && rd.length > q.length - at && rd.startsWith(q.slice(at))) push(c + 1, q.length);
        }
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- query parsing
  function parseQuery(raw) {
    var q = fold(String(raw || '')).trim(), article = null, m = q.match(ARTICLE);
    // 安全生产法第二十条 names an article; 竞争法第十条第三 is a phrase that happens to hold one
    if (m && classOf(charAt(q, m.index + m[0].length) || ' ') === HAN) m = null;
    // 本条例第五十六条 quotes a text's reference to itself: a phrase to find, not an article of a law named 本条例
    if (m && SELF_NAME.test(q.slice(0, m.index).trim())) m = null;
    if (m) {
      article = articleAnchor(m[1], m[2]);
      q = q.slice(0, m.index) + ' ' + q.slice(m.index + m[0].length);
    }
    var terms = [], seen = new Set();
    runs(q).forEach(function (r) {
      var key = r.kind + ':' + r.text;
      if (seen.has(key)) return;
      seen.add(key);
      terms.push({ kind: r.kind === HAN ? HAN : LETTER, text: r.text, article: false });
    });
    var name = compact(q);
    if (article) terms.push({ kind: HAN, text: article, article: true });
    var letters = terms.length > 0 && terms.every(function (t) { return t.kind === LETTER && /^[a-z]+$/.test(t.text); })
      ? terms.map(function (t) { return t.text; }).join('') : '';
    return { raw: String(raw || ''), terms: terms, article: article, name: name, letters: letters };
  }

  // ---------------------------------------------------------------- matching and ranking
  var K1 = 1.2, B = 0.75;
  var W_EXACT = 40, W_PINYIN = 40, W_TITLE = 3, W_TITLE_COVER = 6, W_SUPERSEDED = 2, W_SAME_CHUNK = 1.5;

  /** Choose which keys to fetch for a Han term: a cover of its characters by bigrams, preferring cached shards. */
  function bigramKeys(chars) {
    var keys = [];
    for (var i = 0; i + 1 < chars.length; i++) keys.push(chars[i] + chars[i + 1]);
    // all of them while the term is short: each one narrows the candidates that a text file must confirm
    if (keys.length <= 9) return keys;
    var cached = keys.map(function (k) { return shardCache.has(shardIndex(k)); });
    // every character needs a chosen bigram starting at it or just before it; cheapest by uncached shards
    var n = keys.length, cost = new Array(n), choice = new Array(n);
    for (var j = n - 1; j >= 0; j--) {
      var own = cached[j] ? 0 : 1;
      var next1 = j + 1 < n ? cost[j + 1] : 0;
      var next2 = j + 2 < n ? cost[j + 2] : 0;
      // taking j covers j and j+1; the next chosen may be j+1 or j+2 (j+2 leaves no gap)
      if (j + 2 >= n) { cost[j] = own; choice[j] = n; }
      else if (next1 <= next2) { cost[j] = own + next1; choice[j] = j + 1; }
      else { cost[j] = own + next2; choice[j] = j + 2; }
    }
    var chosen = new Set();
    for (var p = 0; p < n; p = choice[p]) chosen.add(p);
    chosen.add(n - 1);
    var out = [];
    for (var x = 0; x < n; x++) if (chosen.has(x) || cached[x]) out.push(keys[x]);
    return out;
  }

  /** Documents whose text may hold the term: Map doc -> {tf, lo, hi} (the chunks where it may be). */
  function termDocs(term) {
    if (term.kind === LETTER) return postings(term.text).then(function (l) { return toMap(l); });
    var chars = hanChars(term.text);
    if (chars.length === 1) return postings(term.text).then(function (l) { return toMap(l); });
    var keys = bigramKeys(chars);
    return Promise.all(keys.map(postings)).then(function (lists) {
      lists.sort(function (a, b) { return a.ids.length - b.ids.length; });
      var out = new Map(), first = lists[0], ptr = lists.map(function () { return 0; });
      outer:
      for (var i = 0; i < first.ids.length; i++) {
        var d = first.ids[i], tf = first.tf[i], lo = first.lo[i], hi = first.hi[i];
        for (var l = 1; l < lists.length; l++) {
          var L = lists[l], p = ptr[l];
          while (p < L.ids.length && L.ids[p] < d) p++;
          ptr[l] = p;
          if (p === L.ids.length || L.ids[p] !== d) continue outer;
          if (L.tf[p] < tf) tf = L.tf[p];
          lo &= L.lo[p]; hi &= L.hi[p];
        }
        if (lo || hi) out.set(d, { tf: tf, lo: lo, hi: hi });
      }
      return out;
    });
  }
  function toMap(l) {
    var m = new Map();
    for (var i = 0; i < l.ids.length; i++) m.set(l.ids[i], { tf: l.tf[i], lo: l.lo[i], hi: l.hi[i] });
    return m;
  }
  function idf(df) { var n = meta.n; return Math.log(1 + (n - df + 0.5) / (df + 0.5)); }
  function inTitle(doc, term) { return doc.cTitle.indexOf(term.text) >= 0; }
  function exactTitle(doc, name) {
    return name.length > 0 && (doc.cShort === name || doc.cShortSub === name || doc.cFull === name || doc.cFullSub === name);
  }
  function passesFilter(doc, opts) {
    if (opts.section) {
      var s = meta.sections[doc.section][0];
      if (s !== opts.section && s.indexOf(opts.section + '/') !== 0) return false;
    }
    if (opts.category && (doc.category < 0 || meta.categories[doc.category] !== opts.category)) return false;
    return true;
  }

  /**
   * Ranks documents for a parsed query. AND over terms (a term matches in the title or in the text); when
   * nothing has every term, documents with most terms (or most bigrams of a long term) come instead.
   */
  function rank(pq) {
    var docs = meta.docs;
    // a document whose short title is the query will lead the results: start reading its text at once,
    // while the index shards load (not for article queries: which file holds the article is not known yet)
    if (!pq.article && pq.name.length >= 2) {
      var lead = 0;
      for (var i = 0; i < docs.length && lead < 3; i++) {
        if (exactTitle(docs[i], pq.name) && !docs[i].superseded) { textFile(docs[i].fileStart).catch(function () {}); lead++; }
      }
    }
    var pinyinHits = pq.letters.length >= 2
      ? pinyin().then(function (table) {
        var hits = new Map();
        docs.forEach(function (d) {
          if (d.cShort.length > 40) return;
          var v = pinyinMatch(pq.letters, hanChars(d.cShort), table);
          if (v) hits.set(d.id, v);
        });
        return hits;
      }) : Promise.resolve(new Map());
    return Promise.all([Promise.all(pq.terms.map(termDocs)), pinyinHits]).then(function (res) {
      var bodies = res[0], py = res[1];
      var stats = pq.terms.map(function (t, i) {
        var titled = 0;
        docs.forEach(function (d) { if (inTitle(d, t)) titled++; });
        return { idf: idf(Math.max(1, bodies[i].size)), titleIdf: idf(Math.max(1, titled)) };
      });
      var cand = new Map(); // doc -> matched term count
      bodies.forEach(function (m) { m.forEach(function (_, d) { cand.set(d, (cand.get(d) || 0) + 1); }); });
      pq.terms.forEach(function (t, i) {
        docs.forEach(function (d) { if (!bodies[i].has(d.id) && inTitle(d, t)) cand.set(d.id, (cand.get(d.id) || 0) + 1); });
      });
      py.forEach(function (_, d) { if (!cand.has(d)) cand.set(d, 0); });
      var need = pq.terms.length, all = [];
      cand.forEach(function (count, d) { if (count === need || py.has(d)) all.push(d); });
      var exact = all.length > 0;
      if (!exact) cand.forEach(function (count, d) { if (count > 0) all.push(d); });
      var scored = all.map(function (d) { return score(docs[d], pq, bodies, stats, py.get(d) || 0, exact); });
      if (!scored.length) return fuzzy(pq).then(function (f) { return { list: f, exact: false, bodies: bodies }; });
      scored.sort(byScore);
      return { list: scored, exact: exact, bodies: bodies };
    });
  }
  function byScore(a, b) {
    return b.score - a.score || (b.doc.day || 0) - (a.doc.day || 0) || a.doc.id - b.doc.id;
  }
  function score(doc, pq, bodies, stats, py, exact) {
    var s = 0, norm = K1 * (1 - B + B * doc.tokens / meta.avg), lo = -1, hi = -1, verify = [];
    for (var i = 0; i < pq.terms.length; i++) {
      var t = pq.terms[i], body = bodies[i].get(doc.id), titled = inTitle(doc, t);
      if (body) {
        s += stats[i].idf * body.tf * (K1 + 1) / (body.tf + norm);
        lo &= body.lo; hi &= body.hi;
        if (!titled && t.kind === HAN && hanChars(t.text).length > 2) verify.push(i);
      }
      if (titled && !t.article) s += stats[i].titleIdf * (W_TITLE + W_TITLE_COVER * t.text.length / Math.max(1, doc.cTitle.length));
    }
    if (pq.terms.length > 1 && (lo || hi)) s += W_SAME_CHUNK;
    if (exactTitle(doc, pq.name)) s += W_EXACT;
    if (py) s += py === 3 ? W_PINYIN : py === 2 ? W_PINYIN / 2 : W_PINYIN / 8;
    if (doc.superseded) s -= W_SUPERSEDED;
    return { doc: doc, score: s, verify: verify, exact: exact };
  }
  /**
   * Nothing has even one whole term: rank by the parts of the query that are there. A run of adjacent query
   * bigrams found in a document counts more than the same bigrams apart; a title that the query contains
   * (安全生产法 in 安全生产法罚款规定) counts most.
   */
  function fuzzy(pq) {
    var groups = pq.terms.map(function (t) {
      var c = hanChars(t.text), keys = [];
      if (t.kind !== HAN || c.length < 2) keys.push(t.text);
      else for (var i = 0; i + 1 < c.length; i++) keys.push(c[i] + c[i + 1]);
      return keys;
    });
    var flat = [].concat.apply([], groups);
    return Promise.all(flat.map(postings)).then(function (lists) {
      var present = new Map(), k = 0; // doc -> Uint8Array over flat keys
      var weights = lists.map(function (l) { return idf(Math.max(1, l.ids.length)); });
      lists.forEach(function (l, j) {
        for (var i = 0; i < l.ids.length; i++) {
          var a = present.get(l.ids[i]);
          if (!a) { a = new Uint8Array(flat.length); present.set(l.ids[i], a); }
          a[j] = 1;
        }
      });
      var query = pq.terms.map(function (t) { return t.text; }).join('');
      var out = [];
      meta.docs.forEach(function (doc) {
        var a = present.get(doc.id), s = 0;
        k = 0;
        groups.forEach(function (keys) {
          var run = 0, runW = 0;
          for (var i = 0; i <= keys.length; i++, k++) {
            if (i < keys.length) {
              var inTitle = doc.cTitle.indexOf(keys[i]) >= 0;
              if (inTitle || (a && a[k])) { run++; runW += weights[k] * (inTitle ? 2 : 1); continue; }
            }
            if (run) s += runW * (1 + 0.5 * (run - 1));
            run = 0; runW = 0;
          }
          k--;
        });
        if (doc.cShort.length >= 2 && query.indexOf(doc.cShort) >= 0) s += 8 + 2 * doc.cShort.length;
        if (doc.superseded) s -= W_SUPERSEDED / 4;
        if (s > 0) out.push({ doc: doc, score: s, verify: [], exact: false, partial: true });
      });
      out.sort(byScore);
      return out.slice(0, 200);
    });
  }

  /** The longest pieces (2 characters or more) of the query's terms that occur in folded text, longest first. */
  function partialTerms(terms, folded) {
    var found = [];
    terms.forEach(function (t) {
      var c = hanChars(t), used = new Uint8Array(c.length);
      for (var len = c.length; len >= 2; len--) {
        for (var i = 0; i + len <= c.length; i++) {
          var free = true;
          for (var j = i; j < i + len; j++) if (used[j]) { free = false; break; }
          if (!free) continue;
          var piece = c.slice(i, i + len).join('');
          if (folded.indexOf(piece) >= 0) { found.push(piece); for (j = i; j < i + len; j++) used[j] = 1; }
        }
      }
    });
    return found;
  }

  // ---------------------------------------------------------------- results: verify, anchor, excerpt
  function chunksOf(doc, entry) {
    var out = [];
    for (var c = 0; c < doc.files; c++) if (c < 32 ? entry.lo & (1 << c) : entry.hi & (1 << (c - 32))) out.push(c);
    return out;
  }
  /** Fetches what a result needs; resolves to a result, or null when a phrase turns out not to be in it. */
  function materialize(item, pq, bodies) {
    var doc = item.doc, want = [];
    // the chunk to read: where the article is, else where most terms are, else the first
    var best = null;
    pq.terms.forEach(function (t, i) {
      var e = bodies[i] && bodies[i].get(doc.id);
      if (!e) return;
      if (t.article) { best = e; return; }
      if (!best) best = { lo: e.lo, hi: e.hi };
      else if (!pq.article) {
        var lo = best.lo & e.lo, hi = best.hi & e.hi;
        if (lo || hi) best = { lo: lo, hi: hi };
      }
    });
    // the document the query names (its exact title): show its beginning, as the prefetch in rank() expects
    var named = !pq.article && exactTitle(doc, pq.name);
    var first = best && !named ? chunksOf(doc, best)[0] : 0;
    want.push(first === undefined ? 0 : first);
    return readChunks(doc, want).then(function (data) {
      var missing = item.verify.filter(function (i) { return !findTerm(data.blocks, pq.terms[i].text); });
      if (!missing.length) return data;
      // look in the other chunks where the missing terms may be
      var more = new Set();
      missing.forEach(function (i) { chunksOf(doc, bodies[i].get(doc.id)).forEach(function (c) { if (c !== want[0]) more.add(c); }); });
      if (!more.size) return null;
      return readChunks(doc, want.concat(Array.from(more).sort(function (a, b) { return a - b; }))).then(function (all) {
        return item.verify.every(function (i) { return findTerm(all.blocks, pq.terms[i].text); }) ? all : null;
      });
    }).then(function (data) { return data && buildResult(doc, data, pq, item); });
  }
  function readChunks(doc, chunks) {
    return Promise.all(chunks.map(function (c) { return textFile(doc.fileStart + c); })).then(function (files) {
      var url = null, blocks = [];
      files.forEach(function (f) { var part = f.get(doc.id); if (part) { url = part.url; blocks = blocks.concat(part.blocks); } });
      return { url: url, blocks: blocks };
    });
  }
  function findTerm(blocks, text) {
    for (var i = 0; i < blocks.length; i++) if (foldedBlock(blocks[i]).text.indexOf(text) >= 0) return true;
    return false;
  }
  function buildResult(doc, data, pq, item) {
    var texts = pq.terms.map(function (t) { return t.text; });
    var blocks = data.blocks, pick = -1, pickCount = -1, i;
    if (item.partial) {
      var all = blocks.map(function (b) { return foldedBlock(b).text; }).join('\n') + '\n' + doc.cTitle;
      texts = partialTerms(texts, all);
    }
    if (pq.article) for (i = 0; i < blocks.length; i++) if (blocks[i].anchor === pq.article) { pick = i; break; }
    if (pick < 0 && !pq.article && exactTitle(doc, pq.name) && blocks.length) pick = 0;
    if (pick < 0) {
      for (i = 0; i < blocks.length; i++) {
        var f = foldedBlock(blocks[i]).text, c = 0;
        for (var k = 0; k < texts.length; k++) {
          if (texts[k] && f.indexOf(texts[k]) >= 0) c += item.partial ? texts[k].length : pq.terms[k].article ? 0.5 : 1;
        }
        if (c > pickCount) { pickCount = c; pick = i; }
      }
    }
    var block = blocks[pick] || { anchor: '', label: '', text: '' };
    var url = new URL(data.url || '', ROOT).href.split('#')[0] + (block.anchor ? '#' + encodeURIComponent(block.anchor) : '');
    var section = doc.section >= 0 && meta.sections[doc.section] ? meta.sections[doc.section].slice(1) : [];
    return {
      url: url,
      title: doc.title,
      subtitle: doc.subtitle,
      titleHtml: highlight(doc.title + (doc.subtitle ? ' ' + doc.subtitle : ''), texts, 0, Infinity),
      section: section,
      sectionId: meta.sections[doc.section] ? meta.sections[doc.section][0] : '',
      category: doc.category >= 0 ? meta.categories[doc.category] : null,
      date: doc.day === null ? '' : formatDate(doc.day),
      label: block.anchor ? block.label : '',
      excerptHtml: excerpt(block, texts),
      score: Math.round(item.score * 100) / 100,
      exact: item.exact
    };
  }
  function formatDate(day) {
    var d = new Date(day * 86400000);
    return d.getUTCFullYear() + '年' + (d.getUTCMonth() + 1) + '月' + d.getUTCDate() + '日';
  }
  var EXCERPT = 90;
  function excerpt(block, texts) {
    var fm = foldedBlock(block), f = fm.text, at = -1, i;
    var sorted = texts.filter(Boolean).slice().sort(function (a, b) { return b.length - a.length; });
    for (i = 0; i < sorted.length && at < 0; i++) at = f.indexOf(sorted[i]);
    var text = block.text, start = 0;
    if (at >= 0) {
      var o = fm.map[at];
      start = Math.max(0, o - 24);
      var nl = text.lastIndexOf('\n', o);
      if (nl >= start) start = nl + 1;
    }
    var end = Math.min(text.length, start + EXCERPT);
    return (start > 0 ? '…' : '') + highlight(text, texts, start, end, fm) + (end < text.length ? '…' : '');
  }
  var ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  function esc(s) { return s.replace(/[&<>"']/g, function (c) { return ESC[c]; }); }
  /** HTML of text[start, end) with every occurrence of the (folded) terms in <mark>. */
  function highlight(text, terms, start, end, fm) {
    fm = fm || foldWithMap(text);
    end = Math.min(end, text.length);
    var f = fm.text, marks = [];
    terms.forEach(function (t) {
      if (!t) return;
      for (var at = f.indexOf(t); at >= 0; at = f.indexOf(t, at + t.length)) {
        marks.push([fm.map[at], fm.map[at + t.length - 1] + charAt(text, fm.map[at + t.length - 1]).length]);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var out = '', pos = start;
    for (var i = 0; i < marks.length; i++) {
      var a = Math.max(marks[i][0], pos), b = Math.min(marks[i][1], end);
      if (b <= a) continue;
      out += esc(text.slice(pos, a)).replace(/\n/g, ' ') + '<mark>' + esc(text.slice(a, b)) + '</mark>';
      pos = b;
    }
    return out + esc(text.slice(pos, end)).replace(/\n/g, ' ');
  }

  /** Nearest titles to a query (by shared bigrams), for the "no results" message. */
  function suggest(pq, limit) {
    var q = pq.name || pq.terms.map(function (t) { return t.text; }).join('');
    var grams = new Set(), qc = hanChars(q);
    for (var i = 0; i + 1 < qc.length; i++) grams.add(qc[i] + qc[i + 1]);
    if (!grams.size) return [];
    var best = [], seen = new Set();
    meta.docs.forEach(function (d) {
      var c = hanChars(d.cShort), common = 0, total = 0;
      for (var j = 0; j + 1 < c.length; j++) { total++; if (grams.has(c[j] + c[j + 1])) common++; }
      var dice = total ? 2 * common / (total + grams.size) : 0;
      if (dice >= 0.3 && !seen.has(d.shortTitle)) { seen.add(d.shortTitle); best.push({ title: d.shortTitle, score: dice }); }
    });
    best.sort(function (a, b) { return b.score - a.score || a.title.length - b.title.length; });
    return best.slice(0, limit).map(function (b) { return b.title; });
  }

  // ---------------------------------------------------------------- the front door
  function search(query, opts) {
    opts = opts || {};
    var limit = opts.limit || 10, offset = opts.offset || 0;
    return ready().then(function () {
      var pq = parseQuery(query);
      if (!pq.terms.length) return { query: String(query || ''), results: [], total: 0, totalExact: true, exact: true, suggestions: [], sections: [], categories: [] };
      return rank(pq).then(function (ranked) {
        var all = ranked.list, facets = facetCounts(all);
        var list = all.filter(function (it) { return passesFilter(it.doc, opts); });
        var results = [], failed = 0, next = 0, want = offset + limit, budget = want + 20;
        // verification may drop a candidate: take the next ones until the page is full
        function round() {
          var batch = [];
          while (next < list.length && results.length + batch.length < want && budget > 0) { batch.push(list[next++]); budget--; }
          if (!batch.length) return Promise.resolve();
          return Promise.all(batch.map(function (it) { return materialize(it, pq, ranked.bodies); })).then(function (rs) {
            rs.forEach(function (r) { if (r) results.push(r); else failed++; });
            return results.length < want && next < list.length && budget > 0 ? round() : undefined;
          });
        }
        return round().then(function () {
          var unverified = list.slice(next).some(function (it) { return it.verify.length > 0; });
          var total = list.length - failed;
          return {
            query: String(query),
            results: results.slice(offset, offset + limit),
            total: total,
            totalExact: !unverified,
            exact: ranked.exact,
            suggestions: total === 0 || !ranked.exact ? suggest(pq, 5) : [],
            sections: facets.sections,
            categories: facets.categories
          };
        });
      });
    });
  }
  function facetCounts(list) {
    var s = new Map(), c = new Map();
    list.forEach(function (it) {
      var sec = meta.sections[it.doc.section] ? meta.sections[it.doc.section][0].split('/')[0] : '';
      if (sec) s.set(sec, (s.get(sec) || 0) + 1);
      if (it.doc.category >= 0) { var k = meta.categories[it.doc.category]; c.set(k, (c.get(k) || 0) + 1); }
    });
    var label = function (id) {
      for (var i = 0; i < meta.sections.length; i++) if (meta.sections[i][0] === id) return meta.sections[i][1] || id;
      return id;
    };
    return {
      sections: Array.from(s, function (e) { return { id: e[0], label: label(e[0]), count: e[1] }; }).sort(function (a, b) { return b.count - a.count || (a.id < b.id ? -1 : 1); }),
      categories: Array.from(c, function (e) { return { id: e[0], label: e[0], count: e[1] }; }).sort(function (a, b) { return b.count - a.count || (a.id < b.id ? -1 : 1); })
    };
  }

  window.wenkuSearch = {
    search: search,
    ready: ready,
    parseQuery: parseQuery,
    root: ROOT.href
  };

  // ---------------------------------------------------------------- user interface
  var UI = {
    results: '找到 {n} 条结果', about: '约 {n} 条结果', none: '没有找到与“{q}”相关的内容。',
    partial: '没有完全匹配“{q}”的结果，以下是部分匹配的内容。', suggest: '您是不是要找：', more: '更多结果',
    all: '全部', section: '栏目', category: '分类', searching: '正在搜索…', seeAll: '查看全部结果',
    failed: '搜索出错了，请刷新页面后重试。'
  };
  function fmt(s, v) { return s.replace(/\{(\w+)\}/g, function (_, k) { return v[k]; }); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function html(tag, cls, markup) { var e = el(tag, cls); e.innerHTML = markup; return e; }
  function searchPageUrl(q) { return new URL('search.html?q=' + encodeURIComponent(q), ROOT).href; }

  function resultItem(r, compactView) {
    var li = el('li', 'search-result');
    var a = html('a', 'search-result-title', r.titleHtml);
    a.href = r.url;
    li.appendChild(a);
    var info = [];
    if (r.section.length) info.push(r.section.join(' › '));
    if (r.date) info.push(r.date);
    if (r.label) info.push(r.label);
    if (info.length) li.appendChild(el('div', 'search-result-meta', info.join(' · ')));
    if (r.excerptHtml) li.appendChild(html('p', 'search-result-excerpt' + (compactView ? ' search-result-excerpt-short' : ''), r.excerptHtml));
    return li;
  }

  // -- the dropdown under every search box
  var boxCount = 0;
  function attachBox(input) {
    if (input.__wenku) return;
    input.__wenku = true;
    var form = input.form, list = el('ol', 'search-dropdown-list'), timer = 0, seq = 0, active = -1;
    var box = form && form.querySelector('.search-dropdown');
    if (!box) {
      box = el('div', 'search-dropdown');
      box.id = 'search-dropdown-' + (++boxCount);
      (form || input.parentNode).appendChild(box);
    }
    box.hidden = true;
    box.textContent = '';
    box.appendChild(list);
    if (box.id) input.setAttribute('aria-controls', box.id);
    input.setAttribute('autocomplete', 'off');
    if (form) form.classList.add('search-form-live');
    var onResultsPage = !!document.getElementById('search-results');
    function close() { box.hidden = true; active = -1; }
    function items() { return list.querySelectorAll('a'); }
    function move(d) {
      var a = items();
      if (!a.length) return;
      if (active >= 0) a[active].classList.remove('active');
      active = (active + d + a.length + 1) % (a.length + 1) - 1;
      if (active >= 0) a[active].classList.add('active');
    }
    function run() {
      var q = input.value.trim(), mine = ++seq;
      if (!q || onResultsPage) { close(); return; }
      search(q, { limit: 8 }).then(function (res) {
        if (mine !== seq) return;
        list.textContent = '';
        active = -1;
        if (!res.results.length) {
          list.appendChild(el('li', 'search-empty', fmt(UI.none, { q: q })));
          res.suggestions.forEach(function (s) {
            var li = el('li', 'search-suggestion'), a = el('a', '', s);
            a.href = searchPageUrl(s);
            li.appendChild(a);
            list.appendChild(li);
          });
        } else res.results.forEach(function (r) { list.appendChild(resultItem(r, true)); });
        var all = el('li', 'search-see-all'), a = el('a', '', UI.seeAll + (res.exact ? '（' + fmt(res.totalExact ? UI.results : UI.about, { n: res.total }) + '）' : ''));
        a.href = searchPageUrl(q);
        all.appendChild(a);
        list.appendChild(all);
        box.hidden = false;
      }).catch(function (e) {
        if (mine !== seq) return;
        list.textContent = '';
        list.appendChild(el('li', 'search-empty', UI.failed));
        box.hidden = false;
        if (window.console) console.error(e);
      });
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 60); });
    input.addEventListener('focus', function () { if (input.value.trim() && list.childNodes.length) box.hidden = false; });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); move(1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
      else if (e.key === 'Escape') { close(); }
      else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); location.href = items()[active].href; }
    });
    document.addEventListener('click', function (e) { if (!box.contains(e.target) && e.target !== input) close(); });
    if (input.value.trim() && document.activeElement === input) run();
  }

  // -- the results page
  function resultsPage(container) {
    var input = document.querySelector('form.search-form input[name="q"]');
    var state = readState(), seq = 0;
    var head = el('div', 'search-head'), count = el('p', 'search-count'), filters = el('div', 'search-filters');
    var list = el('ol', 'search-list'), more = el('button', 'search-more', UI.more), extra = el('div', 'search-extra');
    more.type = 'button';
    more.hidden = true;
    head.appendChild(count);
    head.appendChild(filters);
    container.textContent = '';
    container.appendChild(head);
    container.appendChild(extra);
    container.appendChild(list);
    container.appendChild(more);
    function readState() {
      var p = new URLSearchParams(location.search);
      return { q: p.get('q') || '', section: p.get('section') || '', category: p.get('category') || '', page: 1 };
    }
    function writeState(push) {
      var p = new URLSearchParams();
      if (state.q) p.set('q', state.q);
      if (state.section) p.set('section', state.section);
      if (state.category) p.set('category', state.category);
      var url = location.pathname + (p.toString() ? '?' + p.toString() : '');
      try { if (push) history.pushState(null, '', url); else history.replaceState(null, '', url); } catch (e) { /* file:// may refuse */ }
    }
    function select(name, label, options, value) {
      var wrap = el('label', 'search-filter'), s = el('select');
      s.name = name;
      wrap.appendChild(document.createTextNode(label + ' '));
      var all = el('option', '', UI.all);
      all.value = '';
      s.appendChild(all);
      options.forEach(function (o) {
        var opt = el('option', '', o.label + '（' + o.count + '）');
        opt.value = o.id;
        if (o.id === value) opt.selected = true;
        s.appendChild(opt);
      });
      if (value && !options.some(function (o) { return o.id === value; })) {
        var cur = el('option', '', value);
        cur.value = value;
        cur.selected = true;
        s.appendChild(cur);
      }
      s.addEventListener('change', function () { state[name] = s.value; state.page = 1; writeState(true); render(); });
      wrap.appendChild(s);
      return wrap;
    }
    function render() {
      var mine = ++seq;
      if (input && input.value !== state.q) input.value = state.q;
      document.title = state.q ? state.q + ' - ' + (document.title.split(' - ').pop()) : document.title;
      list.textContent = '';
      extra.textContent = '';
      filters.textContent = '';
      more.hidden = true;
      if (!state.q) { count.textContent = ''; return; }
      count.textContent = UI.searching;
      var limit = 10 * state.page;
      search(state.q, { limit: limit, section: state.section, category: state.category }).then(function (res) {
        if (mine !== seq) return;
        count.textContent = res.total && res.exact ? fmt(res.totalExact ? UI.results : UI.about, { n: res.total }) : '';
        if (res.sections.length > 1 || state.section) filters.appendChild(select('section', UI.section, res.sections, state.section));
        if (res.categories.length > 0 || state.category) filters.appendChild(select('category', UI.category, res.categories, state.category));
        if (!res.results.length) extra.appendChild(el('p', 'search-empty', fmt(UI.none, { q: state.q })));
        else if (!res.exact) extra.appendChild(el('p', 'search-partial', fmt(UI.partial, { q: state.q })));
        if (res.suggestions.length) {
          var p = el('p', 'search-suggestions', UI.suggest);
          res.suggestions.forEach(function (s, i) {
            var a = el('a', '', s);
            a.href = searchPageUrl(s);
            if (i) p.appendChild(document.createTextNode('、'));
            p.appendChild(a);
          });
          extra.appendChild(p);
        }
        res.results.forEach(function (r) { list.appendChild(resultItem(r, false)); });
        more.hidden = res.results.length >= res.total || res.results.length < limit;
      }).catch(function (e) {
        if (mine !== seq) return;
        count.textContent = UI.failed;
        if (window.console) console.error(e);
      });
    }
    more.addEventListener('click', function () { state.page++; render(); });
    window.addEventListener('popstate', function () { state = readState(); render(); });
    if (input && input.form) {
      input.form.addEventListener('submit', function (e) {
        e.preventDefault();
        state = { q: input.value.trim(), section: '', category: '', page: 1 };
        writeState(true);
        render();
      });
    }
    writeState(false);
    render();
  }

  function start() {
    if (!document.querySelector('link[href*="search.css"]')) {
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = new URL('assets/search.css' + SCRIPT_QUERY, ROOT).href;
      css.setAttribute('data-wenku-search', '');
      (document.head || document.documentElement).appendChild(css);
    }
    var boxes = document.querySelectorAll('form.search-form input[name="q"], input#search-input');
    Array.prototype.forEach.call(boxes, attachBox);
    var container = document.getElementById('search-results');
    if (container) resultsPage(container);
    document.addEventListener('keydown', function (e) {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      var t = e.target, tag = t && t.tagName;
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (t && t.isContentEditable)) return;
      var box = boxes[0];
      if (box) { e.preventDefault(); box.focus(); }
    });
    ready().catch(function (e) { if (window.console) console.error(e); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
