// wenku: small script every page loads. The search engine itself (search.js) is loaded only when a reader starts searching.
(function () {
  'use strict';
  var root = (document.querySelector('meta[name="wenku-root"]') || {}).content || '';
  var loading = null;
  function loadSearch() {
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = root + 'assets/search.js';
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
    return loading;
  }
  window.wenkuLoadSearch = loadSearch;
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('search-input');
    if (box) {
      var start = function () { loadSearch(); };
      box.addEventListener('focus', start, { once: true });
      box.addEventListener('input', start, { once: true });
      if (document.body.classList.contains('kind-search')) loadSearch();
    }
    document.addEventListener('keydown', function (e) {
      var t = e.target;
      var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
      if (e.key === '/' && !typing && box) { e.preventDefault(); box.focus(); box.select(); }
    });
    // table of contents: mark the heading being read
    var links = document.querySelectorAll('.toc-list a');
    if (links.length && 'IntersectionObserver' in window) {
      var byId = {};
      links.forEach(function (a) { byId[decodeURIComponent(a.getAttribute('href').slice(1))] = a; });
      var current = null;
      var io = new IntersectionObserver(function (entries) {
        entries.forEach(function (en) {
          if (en.isIntersecting && byId[en.target.id]) {
            if (current) current.classList.remove('active');
            current = byId[en.target.id];
            current.classList.add('active');
          }
        });
      }, { rootMargin: '0px 0px -70% 0px' });
      Object.keys(byId).forEach(function (id) { var h = document.getElementById(id); if (h) io.observe(h); });
    }
  });
})();
