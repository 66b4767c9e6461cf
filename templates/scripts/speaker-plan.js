// The speaker view's preview of the current slide (reveal.js's notes plugin loads this page with ?receiver and
// postMessageEvents=true) shows the plan: this slide's planned time, and when it should start and end.
(function () {
  var query = window.location.search;
  if (!/[?&]receiver\b/.test(query) || !/postMessageEvents=true/.test(query)) return;
  var clock = function (s) { return Math.floor(s / 60) + ':' + String(Math.round(s % 60)).padStart(2, '0'); };
  var badge = document.createElement('div');
  badge.className = 'speaker-plan';
  // In the theme's font and the deck's language (templates/i18n's "plan", on the page's body).
  badge.setAttribute('style', 'position:fixed;top:0;right:0;z-index:100;padding:8px 14px;font:600 22px/1.2 var(--font-body),system-ui,sans-serif;background:#1b1f27;color:#fff;border-bottom-left-radius:10px');
  var label = document.body.getAttribute('data-plan-label') || 'Plan {own} · from {start} to {end} of {total}';
  var update = function () {
    var current = Reveal.getCurrentSlide();
    var start = 0, total = 0, before = true;
    Reveal.getSlides().forEach(function (s) {
      var t = Number(s.getAttribute('data-timing')) || 0;
      if (s === current) before = false;
      if (before) start += t;
      total += t;
    });
    var own = current ? Number(current.getAttribute('data-timing')) || 0 : 0;
    var values = { own: clock(own), start: clock(start), end: clock(start + own), total: clock(total) };
    badge.textContent = label.replace(/\{(own|start|end|total)\}/g, function (m, name) { return values[name]; });
    if (total > 0 && !badge.parentNode) document.body.appendChild(badge);
  };
  Reveal.on('slidechanged', update);
  if (Reveal.isReady()) update();
  else Reveal.on('ready', update);
})();
