// Progressive enhancements; every page works without this file.
(function () {
  "use strict";
  var STORAGE_KEY = "faq-site-language";

  function remembered() {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch (e) {
      return null; // storage disabled: no memory, links still work
    }
  }

  function remember(code) {
    try {
      window.localStorage.setItem(STORAGE_KEY, code);
    } catch (e) {
      // storage disabled
    }
  }

  // The language the reader picks in a switcher is remembered for the next visit to the site root.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-language]");
    if (link) {
      remember(link.getAttribute("data-language"));
    }
  });

  // The site root forwards to the remembered language, else to the first of navigator.languages we have.
  var chooser = document.querySelector("[data-language-chooser]");
  if (chooser) {
    var links = {};
    chooser.querySelectorAll("a[data-language]").forEach(function (link) {
      links[link.getAttribute("data-language")] = link.getAttribute("href");
    });
    var choice = remembered();
    if (!links[choice]) {
      choice = null;
      var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
      for (var i = 0; i < preferred.length && !choice; i++) {
        var primary = String(preferred[i] || "").toLowerCase().split("-")[0];
        if (links[primary]) {
          choice = primary;
        }
      }
    }
    choice = choice || chooser.getAttribute("data-default-language");
    if (links[choice]) {
      // Opened from disk, a folder URL would show a directory listing instead of the page.
      var onDisk = window.location.protocol === "file:" && /\/$/.test(links[choice]);
      window.location.replace(links[choice] + (onDisk ? "index.html" : ""));
    }
  }

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
