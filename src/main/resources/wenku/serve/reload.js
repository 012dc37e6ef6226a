// wenku serve: reloads this tab when the site is rebuilt. Injected only by `wenku serve`, never into a built site.
(function () {
  'use strict';
  var me = document.currentScript;
  var shown = me ? me.getAttribute('data-version') : null;
  if (!window.EventSource) return;
  var events = new EventSource('/__wenku/events');
  events.addEventListener('version', function (e) {
    if (shown === null) { shown = e.data; return; }
    if (e.data !== shown) {
      events.close();
      window.location.reload();
    }
  });
})();
