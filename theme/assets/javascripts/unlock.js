/* planbook: opens an encrypted plan in the browser (WebCrypto, AES-256-GCM).
 *
 * On a locked page shell: reads the key from the link (#key=...) or from this browser's storage,
 * unwraps the site's content key from the envelope, decrypts the page and its media (to blob:
 * URLs) and writes the real page in place of the shell. On the decrypted page (this script is
 * loaded again at its end): wires the "remember" and "forget" controls.
 * Nothing is fetched: the ciphertext is inline or in <script src> chunks, so it works from disk.
 */
(function () {
  "use strict";

  var state = window.__planbook || (window.__planbook = { chunks: {}, waiting: {} });
  var KEY_IN_LINK = /^#key=([A-Za-z0-9_-]{43})$/;

  function storageName(site) { return "planbook-key:" + site; }
  function tryStorage(kind) {
    try { return window[kind]; } catch (e) { return null; }
  }
  function getStored(kind, site) {
    var store = tryStorage(kind);
    try { return store ? store.getItem(storageName(site)) : null; } catch (e) { return null; }
  }
  function setStored(kind, site, value) {
    var store = tryStorage(kind);
    try {
      if (!store) return;
      if (value) store.setItem(storageName(site), value); else store.removeItem(storageName(site));
    } catch (e) { /* storage refused: the key lives in this page only */ }
  }

  function bytesFromBase64(text) {
    var binary = atob(text), bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  function bytesFromKeyText(text) {
    return bytesFromBase64(text.replace(/-/g, "+").replace(/_/g, "/") + "=");
  }
  function utf8(text) { return new TextEncoder().encode(text); }

  function importKey(raw) {
    return crypto.subtle.importKey("raw", raw, { name: "AES-GCM" }, false, ["decrypt"]);
  }
  function open(key, blob, additional) {
    return crypto.subtle.decrypt(
      { name: "AES-GCM", iv: blob.subarray(0, 12), additionalData: utf8(additional) },
      key, blob.subarray(12));
  }

  function show(which) {
    var blocks = document.querySelectorAll("[data-planbook-state]");
    for (var i = 0; i < blocks.length; i++) {
      blocks[i].hidden = blocks[i].getAttribute("data-planbook-state") !== which;
    }
    document.documentElement.setAttribute("data-planbook", which);
  }

  function unwrapContentKey(keyText, envelope) {
    return importKey(bytesFromKeyText(keyText)).then(function (recipientKey) {
      var attempts = envelope.keys.map(function (entry) {
        return open(recipientKey, bytesFromBase64(entry), "planbook-envelope-v1:" + envelope.site)
          .then(function (raw) { return raw; }, function () { return null; });
      });
      return Promise.all(attempts);
    }).then(function (results) {
      var raw = results.filter(Boolean)[0];
      if (!raw) throw new Error("wrong");
      return importKey(raw);
    });
  }

  window.__planbook_chunk = function (name, data) {
    var waiter = state.waiting[name];
    if (waiter) { delete state.waiting[name]; waiter.resolve(data); }
  };

  function loadChunk(name) {
    return new Promise(function (resolve, reject) {
      state.waiting[name] = { resolve: resolve };
      var script = document.createElement("script");
      script.src = name;
      script.onerror = function () { reject(new Error("damaged")); };
      document.body.appendChild(script);
    });
  }

  function decryptOne(contentKey, build, item) {
    return loadChunk(item.src).then(function (data) {
      return open(contentKey, bytesFromBase64(data), "planbook:" + build + ":" + item.src);
    }).then(function (plain) {
      return URL.createObjectURL(new Blob([plain], { type: item.type }));
    });
  }

  // Pictures, sounds and styles are decrypted before the page is shown; files that are only
  // the target of a link (the booklet, a whole-plan MP3) wait until the link is used.
  function decryptMedia(contentKey, build, media) {
    var tokens = Object.keys(media).filter(function (token) { return !media[token].lazy; });
    return Promise.all(tokens.map(function (token) {
      return decryptOne(contentKey, build, media[token]).then(function (url) { return [token, url]; });
    }));
  }

  function openLinkedFile(event) {
    var link = event.target && event.target.closest && event.target.closest("a[href^='planbook-media:']");
    if (!link || !state.lazy) return;
    event.preventDefault();
    var token = link.getAttribute("href");
    var item = state.lazy[token];
    if (!item || link.getAttribute("aria-busy") === "true") return;
    link.setAttribute("aria-busy", "true");
    decryptOne(state.contentKey, state.build, item).then(function (url) {
      link.removeAttribute("aria-busy");
      var links = document.querySelectorAll("a[href='" + token + "']");
      for (var i = 0; i < links.length; i++) links[i].setAttribute("href", url);
      if (link.hasAttribute("download")) link.click(); else location.assign(url);
    }, function () {
      link.removeAttribute("aria-busy");
      link.textContent = link.textContent + " (this file cannot be opened safely)";
    });
  }

  function unlockShell(envelopeElement) {
    var envelope;
    try {
      envelope = JSON.parse(envelopeElement.textContent);
      if (!envelope.site || !envelope.build || !envelope.keys) throw new Error("damaged");
    } catch (e) { show("damaged"); return; }
    var pageElement = document.getElementById("planbook-page");
    var site = envelope.site;
    var keyText = null, fromLink = false;
    var match = KEY_IN_LINK.exec(location.hash);
    if (match) {
      keyText = match[1];
      fromLink = true;
      // Take the key out of the address bar and history at once.
      history.replaceState(null, "", location.pathname + location.search);
    } else if (location.hash.indexOf("#key=") === 0) {
      // A link cut short or mistyped (a message app may break long links).
      history.replaceState(null, "", location.pathname + location.search);
      show("wrong");
      return;
    } else if (location.search === "?forgotten") {
      history.replaceState(null, "", location.pathname);
      show("forgotten");
      return;
    }
    if (!keyText) keyText = getStored("sessionStorage", site) || getStored("localStorage", site);
    if (!keyText) { show("locked"); return; }
    if (!window.crypto || !crypto.subtle) { show("insecure"); return; }
    show("opening");

    unwrapContentKey(keyText, envelope).then(function (contentKey) {
      state.key = keyText;
      state.site = site;
      setStored("sessionStorage", site, keyText);
      if (fromLink && getStored("localStorage", site)) setStored("localStorage", site, keyText);
      var name = pageElement.getAttribute("data-name");
      return Promise.resolve().then(function () {
        return open(contentKey, bytesFromBase64(pageElement.textContent.trim()),
                    "planbook:" + envelope.build + ":" + name);
      })
        .catch(function () { throw new Error("damaged"); })
        .then(function (plain) {
          var payload = JSON.parse(new TextDecoder().decode(plain));
          state.contentKey = contentKey;
          state.build = envelope.build;
          state.lazy = {};
          Object.keys(payload.media || {}).forEach(function (token) {
            if (payload.media[token].lazy) state.lazy[token] = payload.media[token];
          });
          return decryptMedia(contentKey, envelope.build, payload.media || {})
            .catch(function () { throw new Error("damaged"); })
            .then(function (blobs) {
              var html = payload.html;
              blobs.forEach(function (pair) { html = html.split(pair[0]).join(pair[1]); });
              return html;
            });
        });
    }).then(function (html) {
      document.open();
      document.write(html);
      document.close();
    }, function (error) {
      if (error && error.message === "damaged") { show("damaged"); return; }
      if (!fromLink) {
        // A remembered key that no longer opens the plan (revoked): forget it.
        setStored("sessionStorage", site, null);
        setStored("localStorage", site, null);
      }
      show("wrong");
    });
  }

  function wireDevicePanel(panel) {
    var site = state.site, key = state.key;
    document.addEventListener("click", openLinkedFile);
    var remember = document.getElementById("planbook-remember");
    var forget = document.getElementById("planbook-forget");
    if (remember) {
      remember.checked = !!getStored("localStorage", site);
      remember.addEventListener("change", function () {
        setStored("localStorage", site, remember.checked ? key : null);
      });
    }
    if (forget) {
      forget.addEventListener("click", function () {
        setStored("sessionStorage", site, null);
        setStored("localStorage", site, null);
        state.key = null;
        location.replace("index.html?forgotten");
      });
    }
    if (location.hash.length > 1) {
      var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) target.scrollIntoView();
    }
    document.documentElement.setAttribute("data-planbook", "open");
  }

  var envelopeElement = document.getElementById("planbook-envelope");
  if (envelopeElement) {
    // Replace the shell only once it has finished loading: document.open() on a document that
    // is still being parsed would write the page into the shell instead of in its place.
    if (document.readyState === "complete") unlockShell(envelopeElement);
    else window.addEventListener("load", function () { unlockShell(envelopeElement); });
    // A link pasted into the tab that shows the locked page only changes the fragment.
    window.addEventListener("hashchange", function () {
      var shellEnvelope = document.getElementById("planbook-envelope");
      if (shellEnvelope && location.hash.indexOf("#key=") === 0) unlockShell(shellEnvelope);
    });
  } else {
    var panel = document.getElementById("planbook-device");
    if (panel) wireDevicePanel(panel);
  }
})();
