// Progressive enhancements; every page works without this file.
(function () {
  "use strict";
  // Opened straight from disk (file://), folder links would show a directory listing: point them at index.html.
  if (window.location.protocol === "file:") {
    document.querySelectorAll("a[href]").forEach(function (link) {
      var href = link.getAttribute("href");
      if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith("#")) {
        var parts = href.split("#");
        if (parts[0] === "" || parts[0].endsWith("/")) {
          link.setAttribute("href", parts[0] + "index.html" + (parts.length > 1 ? "#" + parts[1] : ""));
        }
      }
    });
  }
})();
