// Injected by `faq-site serve` only: reloads the page when a rebuild changes it and shows build errors.
(function () {
  "use strict";
  var script = document.currentScript;
  var build = script.getAttribute("data-build");
  var overlay = null;

  function showError(text) {
    if (!overlay) {
      overlay = document.createElement("pre");
      overlay.id = "faq-site-build-error";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;max-height:50vh;overflow:auto;z-index:9999;" +
        "margin:0;padding:1rem;background:#3b0d0d;color:#ffe4e4;border:2px solid #ff6b6b;border-radius:8px;" +
        "font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "faq-site: the build failed; showing the last good version.\n\n" + text;
  }

  // The page says which it is, so that an edit is shown in it first and a rebuild that leaves it as it was does not
  // reload it.
  var events = new EventSource(script.getAttribute("data-events") + "?page=" + encodeURIComponent(location.pathname));
  events.addEventListener("hello", function (event) {
    if (event.data !== build) {
      window.location.reload();
    }
  });
  events.addEventListener("reload", function () {
    window.location.reload();
  });
  events.addEventListener("failed", function (event) {
    showError(JSON.parse(event.data));
  });
})();
