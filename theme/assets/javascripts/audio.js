/* planbook audio player: a big "Listen" / "Pause" button and a "Slower" switch around each
   <audio> element. Without this script the browser's own controls still play every part.
   Never plays by itself: sound starts only when the person presses Listen.

   Read along: while a part plays, the sentence being spoken is highlighted on the page. The
   timings are the <track>'s WebVTT cues (one per sentence, cue id = the sentence's
   data-pb-s); where the browser will not load the track (a page opened from disk), the same
   timings from the player's data-pb-cues. The highlight stays on a sentence through the pause
   after it, the page scrolls only when that sentence is off screen, and never smoothly when
   the person has asked for less motion. */
(function () {
  "use strict";

  var SLOWER = 0.8;
  var STORE = "planbook-audio-rate";
  var players = [];
  var NOW = "pb-s--now";
  var lessMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)");

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
    // The words come from the player's markup, in the person's language (plugins/audio/player.py).
    function said(name, english) { return player.box.getAttribute("data-pb-" + name) || english; }
    player.label.textContent = playing ? said("pause", "Pause") : said("label", "Listen");
    player.box.classList.toggle("pb-audio--playing", playing);
    player.section.forEach(function (el) { el.classList.toggle("pb-playing", playing); });
    player.status.textContent =
      state === "playing" ? said("playing", "Playing") :
      state === "paused" ? said("paused", "Paused") :
      state === "error" ? said("error", "Sorry, this part could not be played.") : "";
  }

  /* "s1 0.076 0.819,s2 1.909 2.664" -> [{id, start, end}] */
  function cuesFromData(text) {
    return (text || "").split(",").map(function (item) {
      var bits = item.trim().split(" ");
      return { id: bits[0], start: Number(bits[1]), end: Number(bits[2]) };
    }).filter(function (cue) { return cue.id && !isNaN(cue.start); });
  }

  function cuesOf(player) {
    var track = player.track && player.track.track;
    if (track && track.cues && track.cues.length) {
      return Array.prototype.map.call(track.cues, function (cue) {
        return { id: cue.id, start: cue.startTime, end: cue.endTime };
      });
    }
    return player.dataCues;
  }

  /* The sentence to show at time t: the last one started (kept through the pause after it). */
  function sentenceAt(cues, t) {
    var found = null;
    for (var i = 0; i < cues.length; i++) {
      if (cues[i].start <= t + 0.05) found = cues[i].id; else break;
    }
    return found;
  }

  function highlight(player, id) {
    if (player.now === id) return;
    clearHighlight();
    player.now = id;
    if (!id) return;
    var words = document.querySelectorAll('[data-pb-s="' + id + '"]');
    for (var i = 0; i < words.length; i++) words[i].classList.add(NOW);
    if (!words.length) return;
    var box = words[0].getBoundingClientRect();
    var last = words[words.length - 1].getBoundingClientRect();
    if (box.top < 0 || last.bottom > (window.innerHeight || document.documentElement.clientHeight)) {
      words[0].scrollIntoView({ block: "center", behavior: lessMotion && lessMotion.matches ? "auto" : "smooth" });
    }
  }

  function clearHighlight() {
    var shown = document.querySelectorAll("." + NOW);
    for (var i = 0; i < shown.length; i++) shown[i].classList.remove(NOW);
    players.forEach(function (p) { p.now = null; });
  }

  function follow(player) {
    highlight(player, sentenceAt(cuesOf(player), player.audio.currentTime));
    if (!player.audio.paused && !player.audio.ended) {
      player.frame = window.requestAnimationFrame(function () { follow(player); });
    }
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
      section: sectionOf(box),
      track: audio.querySelector("track"),
      dataCues: cuesFromData(box.getAttribute("data-pb-cues")),
      now: null
    };
    /* "hidden": the browser loads the cues for us without drawing captions over anything. */
    if (player.track && player.track.track) player.track.track.mode = "hidden";
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
    audio.addEventListener("play", function () { show(player, "playing"); follow(player); });
    audio.addEventListener("seeked", function () { follow(player); });
    audio.addEventListener("pause", function () { if (!audio.ended) show(player, "paused"); });
    audio.addEventListener("ended", function () {
      audio.currentTime = 0;
      show(player, "ended");
      clearHighlight();
    });
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
