/* planbook audio player: a big "Listen" / "Pause" button and a "Slower" switch around each
   <audio> element. Without this script the browser's own controls still play every part.
   Never plays by itself: sound starts only when the person presses Listen. */
(function () {
  "use strict";

  var SLOWER = 0.8;
  var STORE = "planbook-audio-rate";
  var players = [];

  function savedRate() {
    try { return window.localStorage.getItem(STORE) === "slower" ? SLOWER : 1; } catch (e) { return 1; }
  }

  function saveRate(rate) {
    try { window.localStorage.setItem(STORE, rate === 1 ? "normal" : "slower"); } catch (e) { /* private mode */ }
  }

  /* The heading a player belongs to, and what follows it up to the next heading as high. */
  function sectionOf(box) {
    var heading = box.previousElementSibling;
    if (!heading || !/^H[1-6]$/.test(heading.tagName)) return [box];
    var level = Number(heading.tagName.charAt(1));
    var parts = [heading, box];
    if (level === 1) return parts; /* the title's player reads the whole page: mark the title */
    var next = box.nextElementSibling;
    while (next) {
      var m = /^H([1-6])$/.exec(next.tagName);
      if (m && Number(m[1]) <= level) break;
      parts.push(next);
      next = next.nextElementSibling;
    }
    return parts;
  }

  function show(player, state) {
    var playing = state === "playing";
    player.label.textContent = playing ? "Pause" : player.box.getAttribute("data-pb-label") || "Listen";
    player.box.classList.toggle("pb-audio--playing", playing);
    player.section.forEach(function (el) { el.classList.toggle("pb-playing", playing); });
    player.status.textContent =
      state === "playing" ? "Playing" :
      state === "paused" ? "Paused" :
      state === "error" ? "Sorry, this part could not be played." : "";
  }

  function setRate(rate) {
    players.forEach(function (p) {
      p.audio.playbackRate = rate;
      p.speed.setAttribute("aria-pressed", rate === 1 ? "false" : "true");
    });
    saveRate(rate);
  }

  function enhance(box) {
    if (box.hasAttribute("data-pb-ready")) return;
    var audio = box.querySelector("audio");
    var listen = box.querySelector(".pb-audio__listen");
    var speed = box.querySelector(".pb-audio__speed");
    if (!audio || !listen || !speed) return;
    box.setAttribute("data-pb-ready", "");
    var player = {
      box: box, audio: audio, speed: speed,
      label: listen.querySelector(".pb-audio__label") || listen,
      status: box.querySelector(".pb-audio__status") || document.createElement("span"),
      section: sectionOf(box)
    };
    audio.removeAttribute("controls");
    audio.autoplay = false;
    listen.hidden = false;
    /* One speed switch per page: the speed is one choice for every part, so repeating the
       switch beside each section would only double the buttons to find. */
    speed.hidden = players.length > 0;
    audio.playbackRate = savedRate();
    speed.setAttribute("aria-pressed", audio.playbackRate === 1 ? "false" : "true");

    listen.addEventListener("click", function () {
      if (audio.paused) {
        players.forEach(function (other) { if (other !== player && !other.audio.paused) other.audio.pause(); });
        audio.playbackRate = savedRate();
        var started = audio.play();
        if (started && started.catch) started.catch(function () { show(player, "error"); });
      } else {
        audio.pause();
      }
    });
    speed.addEventListener("click", function () {
      setRate(speed.getAttribute("aria-pressed") === "true" ? 1 : SLOWER);
    });
    audio.addEventListener("play", function () { show(player, "playing"); });
    audio.addEventListener("pause", function () { if (!audio.ended) show(player, "paused"); });
    audio.addEventListener("ended", function () { audio.currentTime = 0; show(player, "ended"); });
    audio.addEventListener("error", function () { show(player, "error"); });
    players.push(player);
  }

  function init(root) {
    var boxes = (root || document).querySelectorAll("[data-pb-audio]");
    for (var i = 0; i < boxes.length; i++) enhance(boxes[i]);
  }

  window.planbookAudio = { init: init };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { init(document); });
  } else {
    init(document);
  }
  /* Pages whose content arrives later (a private page opened with its key) get players too. */
  if (window.MutationObserver) {
    new MutationObserver(function () { init(document); })
      .observe(document.documentElement, { childList: true, subtree: true });
  }
})();
