/*
 * planbook: the text-size (A- / A+) and contrast controls, remembered by this browser.
 *
 * Loaded in <head> without defer, so a remembered choice is applied to <html> before the page
 * is drawn (no flash of small text). The buttons are wired once the body exists: on
 * DOMContentLoaded, or at once when the document is already loaded (the privacy plugin writes
 * the decrypted page in after the first load). Choices are kept per person's site, so one
 * person's larger text does not follow a staff laptop into another person's plan.
 */
(function () {
  "use strict";

  var root = document.documentElement;
  var site = root.getAttribute("data-planbook-site") || "plan";
  // Multiples of the person's own size. Index 2 (1x) is where everyone starts.
  var STEPS = [0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2, 2.5, 3];
  var START = 2;

  function storageKey(name) {
    return "planbook:" + site + ":" + name;
  }

  function load(name) {
    try {
      return window.localStorage.getItem(storageKey(name));
    } catch (error) {
      return null; // storage switched off: the controls still work for this page
    }
  }

  function save(name, value) {
    try {
      window.localStorage.setItem(storageKey(name), String(value));
    } catch (error) {
      /* nothing to do: the choice lasts until the page is left */
    }
  }

  function step() {
    var value = parseInt(load("text-step"), 10);
    return isNaN(value) ? START : Math.max(0, Math.min(STEPS.length - 1, value));
  }

  function contrast() {
    var value = load("contrast");
    if (value === "high" || value === "standard") {
      return value;
    }
    return root.getAttribute("data-contrast-default") === "high" ? "high" : "standard";
  }

  function apply() {
    var index = step();
    root.style.setProperty("--pb-scale", String(STEPS[index]));
    root.setAttribute("data-text-step", String(index));
    root.setAttribute("data-contrast", contrast());
    show(index);
  }

  function show(index) {
    var smaller = document.querySelector("[data-pb-text=smaller]");
    var larger = document.querySelector("[data-pb-text=larger]");
    var switcher = document.querySelector("[data-pb-contrast]");
    // aria-disabled, not disabled: the button stays reachable with Tab and says why it does nothing.
    if (smaller) {
      smaller.setAttribute("aria-disabled", String(index === 0));
    }
    if (larger) {
      larger.setAttribute("aria-disabled", String(index === STEPS.length - 1));
    }
    if (switcher) {
      var high = contrast() === "high";
      var state = switcher.querySelector(".pb-control__state");
      switcher.setAttribute("aria-pressed", String(high));
      if (state) {
        // The words come from the page, in the person's language.
        state.textContent = switcher.getAttribute(high ? "data-pb-on" : "data-pb-off") || (high ? "on" : "off");
      }
    }
  }

  function change(by) {
    var index = Math.max(0, Math.min(STEPS.length - 1, step() + by));
    save("text-step", index);
    apply();
  }

  function toggleContrast() {
    save("contrast", contrast() === "high" ? "standard" : "high");
    apply();
  }

  function wire() {
    var controls = document.querySelectorAll("[data-pb-text], [data-pb-contrast]");
    Array.prototype.forEach.call(controls, function (button) {
      if (button.getAttribute("data-pb-wired")) {
        return;
      }
      button.setAttribute("data-pb-wired", "true");
      button.addEventListener("click", function () {
        var which = button.getAttribute("data-pb-text");
        if (which === "larger") {
          change(1);
        } else if (which === "smaller") {
          change(-1);
        } else {
          toggleContrast();
        }
      });
    });
    show(step());
  }

  root.className = root.className.replace(/(^|\s)no-js(\s|$)/, "$1js$2");
  apply();
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wire);
  } else {
    wire();
  }
  // Another tab of the same plan changed a choice: follow it here too.
  window.addEventListener("storage", function (event) {
    if (event.key && event.key.indexOf(storageKey("")) === 0) {
      apply();
    }
  });
})();
