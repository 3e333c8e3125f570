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

  // The theme toggle cycles system → light → dark. The choice is kept in localStorage and applied by the inline
  // script in <head> before the first paint, so a page never flashes in the other scheme.
  var THEME_KEY = "faq-site-theme";
  var MODES = ["system", "light", "dark"];
  document.querySelectorAll("[data-theme-toggle]").forEach(function (button) {
    function show(mode) {
      button.setAttribute("data-mode", mode);
      var label = button.getAttribute("data-label-" + mode);
      button.setAttribute("aria-label", label);
      button.setAttribute("title", label);
    }
    var current = document.documentElement.getAttribute("data-theme") || "system";
    show(current);
    button.addEventListener("click", function () {
      current = MODES[(MODES.indexOf(current) + 1) % MODES.length];
      if (current === "system") {
        document.documentElement.removeAttribute("data-theme");
      } else {
        document.documentElement.setAttribute("data-theme", current);
      }
      try {
        if (current === "system") {
          window.localStorage.removeItem(THEME_KEY);
        } else {
          window.localStorage.setItem(THEME_KEY, current);
        }
      } catch (e) {
        // storage disabled: the choice lasts for this page only
      }
      show(current);
    });
  });

  // A copy button on every code block of the content.
  var body = document.body;
  var copyLabel = body && body.getAttribute("data-msg-copy");
  if (copyLabel) {
    var copiedLabel = body.getAttribute("data-msg-copied") || copyLabel;
    document.querySelectorAll("main .code-block").forEach(function (block) {
      var pre = block.querySelector("pre");
      if (!pre) {
        return;
      }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "code-block__copy";
      button.textContent = copyLabel;
      button.addEventListener("click", function () {
        var text = pre.textContent;
        var done = function () {
          button.textContent = copiedLabel;
          setTimeout(function () { button.textContent = copyLabel; }, 2000);
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(done, function () { copyBySelection(pre) && done(); });
        } else if (copyBySelection(pre)) {
          done();
        }
      });
      block.appendChild(button);
    });
  }

  // Where the clipboard API is missing (a page opened from disk), the old way: select the code and copy it.
  function copyBySelection(element) {
    var selection = window.getSelection();
    var range = document.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    selection.removeAllRanges();
    return ok;
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
