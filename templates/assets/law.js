// wenku: law pages. "Go to article" box, copying an article's link, the outline following the reader,
// and, on an older version, the link to the same article in the newest text. Loaded by law pages only.
(function () {
  'use strict';
  var DIGIT = { '零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
  var UNIT = { '十': 10, '百': 100, '千': 1000 };

  // Chinese numeral (一百零一, 二十, 两千) or digits → number; NaN when it is neither.
  function number(s) {
    if (/^[0-9]+$/.test(s)) return parseInt(s, 10);
    if (!/^[零〇一二两三四五六七八九十百千]+$/.test(s)) return NaN;
    if (!/[十百千]/.test(s)) return s.length === 1 ? DIGIT[s] || NaN : NaN;
    var total = 0, pending = -1, last = 10000;
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      if (c in UNIT) {
        var u = UNIT[c];
        if (u >= last) return NaN;
        total += (pending > 0 ? pending : (u === 10 ? 1 : NaN)) * u;
        last = u; pending = -1;
      } else if (DIGIT[c] > 0) {
        if (pending > 0) return NaN;
        pending = DIGIT[c];
      }
    }
    if (pending > 0) { if (last !== 10 && s.indexOf('零') < 0 && s.indexOf('〇') < 0) return NaN; total += pending; }
    return total > 0 ? total : NaN;
  }

  // What a reader types (21, ２１, 二十一, 第21条, 第二十条之一, 20-1) → the alias id (art-21, art-20-1), or null.
  function aliasOf(input) {
    var s = input.replace(/[\s\u3000]+/g, '').replace(/[０-９]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFEE0); });
    var m = /^第?([0-9零〇一二两三四五六七八九十百千]+)条?(?:[之\-.]([0-9一二三四五六七八九十]+))?$/.exec(s);
    if (!m) return null;
    var n = number(m[1]), k = m[2] ? number(m[2]) : 0;
    if (!(n > 0) || isNaN(k)) return null;
    return 'art-' + n + (k ? '-' + k : '');
  }

  function articleAt(y) {
    var found = null;
    document.querySelectorAll('[data-article]').forEach(function (p) { if (p.getBoundingClientRect().top <= y) found = p; });
    return found;
  }

  function copy(text, done) {
    if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(text).then(done, function () {}); return; }
    var ta = document.createElement('textarea');
    ta.value = text; ta.setAttribute('readonly', ''); ta.style.position = 'fixed'; ta.style.opacity = '0';
    document.body.appendChild(ta); ta.select();
    try { if (document.execCommand('copy')) done(); } catch (e) { /* the link is still in the address bar */ }
    document.body.removeChild(ta);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var toast = document.getElementById('law-toast'), timer = null;
    document.addEventListener('click', function (e) {
      var a = e.target.closest && e.target.closest('a.article-num');
      if (!a) return;
      copy(location.href.split('#')[0] + a.getAttribute('href'), function () {
        if (!toast) return;
        toast.hidden = false; clearTimeout(timer);
        timer = setTimeout(function () { toast.hidden = true; }, 1800);
      });
    });

    var form = document.querySelector('form.goto-article');
    if (form) {
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var out = form.querySelector('.goto-message'), alias = aliasOf(form.elements.article.value);
        var target = alias && document.getElementById(alias);
        var p = target && target.closest('[data-article]');
        if (!p) { out.textContent = form.getAttribute('data-missing'); return; }
        out.textContent = '';
        location.hash = '#' + p.id;
      });
    }

    // On an older version, the notice links to the article being read (from the address or the scroll
    // position), as numbered in the newest text.
    var newest = document.querySelector('a.law-newest-link');
    if (newest) {
      var reading = null;
      var update = function (p) {
        if (p) reading = p;
        var to = reading && reading.getAttribute('data-newer');
        newest.href = newest.getAttribute('data-base') + (to ? '#' + to : '');
      };
      var fromHash = function () {
        var id = decodeURIComponent(location.hash.slice(1));
        var el = id && document.getElementById(id);
        update(el && el.closest('[data-article]'));
      };
      window.addEventListener('hashchange', fromHash);
      var pending = false;
      window.addEventListener('scroll', function () {
        if (pending) return;
        pending = true;
        requestAnimationFrame(function () { pending = false; update(articleAt(120)); });
      }, { passive: true });
      fromHash();
    }

    // On a narrow screen the outline stands above the text: fold it so the text comes first.
    var box = document.querySelector('.law-aside > details');
    if (box && window.matchMedia && window.matchMedia('(max-width: 1100px)').matches) box.open = false;

    var links = Array.prototype.slice.call(document.querySelectorAll('.law-outline-list a'));
    var heads = links.map(function (a) { return document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))); });
    if (links.length) {
      var current = null, queued = false;
      var mark = function () {
        queued = false;
        var at = -1;
        for (var i = 0; i < heads.length; i++) if (heads[i] && heads[i].getBoundingClientRect().top <= 120) at = i;
        var a = at >= 0 ? links[at] : null;
        if (a === current) return;
        if (current) current.classList.remove('active');
        current = a;
        if (!a) return;
        a.classList.add('active');
        for (var d = a.closest('details'); d; d = d.parentElement.closest('details')) d.open = true;
      };
      window.addEventListener('scroll', function () { if (!queued) { queued = true; requestAnimationFrame(mark); } }, { passive: true });
      mark();
    }
  });
})();
