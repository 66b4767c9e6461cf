// The script serve adds to every page it serves: swap saved slides in place, reload when that is not enough,
// and show build errors as an overlay.

/**
 * On 'reload' the tab fetches its page again. When only slide contents changed (the same slides with the same
 * ids, the same stylesheets), it swaps them into reveal.js in place and stays on the slide and fragment it was
 * on, without reloading reveal.js. Otherwise (slides added, removed or renamed, another theme, a script in a
 * slide, a {fit} slide on screen, an error overlay showing, a page that is not a deck) it reloads the page.
 */
export const LIVE_RELOAD = `(function () {
  var source = new EventSource('/__lectern/events');
  var overlay;
  var key = 'lectern-slide:' + location.pathname;
  function reload() {
    try {
      if (window.Reveal && Reveal.getIndices) sessionStorage.setItem(key, JSON.stringify({ at: Reveal.getIndices(), id: (Reveal.getCurrentSlide() || {}).id || '' }));
    } catch (e) {}
    location.reload();
  }
  // The slides' shape: nesting and ids, which reveal.js's navigation and the URL hash depend on.
  function shape(slides) {
    return Array.prototype.map.call(slides.children, function (s) {
      return s.id + '[' + Array.prototype.map.call(s.querySelectorAll(':scope > section'), function (v) { return v.id; }).join(',') + ']';
    }).join('|');
  }
  // Stylesheets and the body's classes (the theme), without the classes reveal.js adds (reveal-viewport).
  function head(doc) {
    var classes = doc.body.className.split(/\\s+/).filter(function (c) { return c && !/^reveal-/.test(c); }).sort().join(' ');
    return Array.prototype.map.call(doc.querySelectorAll('head link[rel=stylesheet], head style'), function (e) { return e.outerHTML; }).join('') + '|' + classes;
  }
  function swap() {
    var slides = document.querySelector('.reveal > .slides');
    var current = window.Reveal && Reveal.isReady && Reveal.isReady() && Reveal.getCurrentSlide();
    if (overlay || !slides || !current || current.classList.contains('fit')) return reload();
    fetch(location.pathname, { cache: 'no-store' }).then(function (r) {
      if (!r.ok) throw new Error('status ' + r.status);
      return r.text();
    }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      var next = doc.querySelector('.reveal > .slides');
      if (!next || next.querySelector('script') || shape(next) !== shape(slides) || head(doc) !== head(document)) return reload();
      var at = Reveal.getIndices();
      slides.innerHTML = next.innerHTML;
      Reveal.sync();
      Reveal.slide(at.h, at.v, at.f);
      document.title = doc.title;
      document.dispatchEvent(new CustomEvent('lectern:swapped'));
    }).catch(reload);
  }
  source.addEventListener('reload', swap);
  // reveal.js keeps the slide by its id in the URL; when the edit changed that id (a new heading), the
  // slide is found again by its position instead of falling back to the title slide.
  function restore() {
    var saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(key) || 'null'); sessionStorage.removeItem(key); } catch (e) {}
    if (saved && saved.at && !(saved.id && document.getElementById(saved.id))) Reveal.slide(saved.at.h, saved.at.v, saved.at.f);
  }
  if (window.Reveal && Reveal.on) { if (Reveal.isReady()) restore(); else Reveal.on('ready', restore); }
  source.addEventListener('build-error', function (e) {
    if (!overlay) {
      overlay = document.createElement('pre');
      overlay.className = 'lectern-error-overlay';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:24px;z-index:1000;background:#2b0d0d;color:#ffe3e3;padding:24px;font:18px/1.4 DejaVu Sans Mono,monospace;white-space:pre-wrap;border:4px solid #ff6b6b;border-radius:8px;overflow:auto';
      document.body.appendChild(overlay);
    }
    overlay.textContent = 'Build failed: fix the file and save\\n\\n' + JSON.parse(e.data).message;
  });
})();
`;
