// searcheval adapter for a site built by wenku (see ../shared/searcheval/README.md, "Adapter contract").
//
// It does what a reader's browser does: the site's own assets/site.js loads assets/search.js when the
// search box gets focus, and search.js starts loading the index metadata at once; setup() focuses the box
// and waits for that. (On a page without the box, e.g. a bare test site, it loads assets/search.js
// itself.) search() calls the engine's API, which the dropdown and the results page call too: it fetches
// the index shards the query needs and the text files that give each of the top k results its excerpt and
// anchor. Queries go in as typed; nothing here knows the query types or the corpus.
export const options = { startPage: '/' };

function waitFor(test, ms) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    (function poll() {
      if (test()) resolve();
      else if (performance.now() - t0 > ms) reject(new Error('wenku search did not start'));
      else setTimeout(poll, 5);
    })();
  });
}

export async function setup() {
  const box = document.querySelector('form.search-form input[name="q"]');
  if (box) {
    box.focus();
    box.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  } else if (!window.wenkuSearch) {
    const s = document.createElement('script');
    s.src = new URL('assets/search.js', document.baseURI.replace(/[^/]*$/, '')).href;
    document.head.appendChild(s);
  }
  await waitFor(() => window.wenkuSearch, 10000);
  await window.wenkuSearch.ready();
}

export async function search(query, { k = 10 } = {}) {
  const res = await window.wenkuSearch.search(query, { limit: k });
  return { urls: res.results.map((r) => r.url), total: res.total };
}
