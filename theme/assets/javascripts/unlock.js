/* planbook: opens an encrypted plan in the browser (WebCrypto, AES-256-GCM).
 *
 * Loaded first in the <head> of every locked page shell: before anything else it takes the key
 * out of the address bar and the history. Once the page has loaded it finds the key (from the
 * link, or kept for this tab, or remembered on this device), unwraps the build's content key from
 * data/site.js, checks the page against the build's sealed manifest, decrypts the page (bound to
 * its own file name and this build) and its pictures and files (to blob: URLs), and writes the
 * real page in place of the shell. Loaded again at the end of the opened page, it wires the
 * "Remember this plan on this device" and "Forget" controls.
 *
 * Keys are kept only as non-extractable WebCrypto keys in this browser's IndexedDB: a script on
 * another page of the same web address can never read one out, and nothing keeps the key text.
 * Without "Remember", the key is tied to this tab and dropped when the tab is gone.
 * Nothing is fetched: the ciphertext is inline or in <script src> chunks, so it works from disk.
 */
(function () {
  "use strict";

  // 1. Before anything else: the key must not stay in the address bar, history or top sites.
  var KEY_IN_LINK = /^#key=([A-Za-z0-9_-]{43})$/;
  var linkKey = null, badLink = false;
  if (location.hash.indexOf("#key=") === 0) {
    var found = KEY_IN_LINK.exec(location.hash);
    if (found) linkKey = found[1]; else badLink = true;
    try { history.replaceState(null, "", location.pathname + location.search); } catch (e) { /* file: */ }
  }

  var state = window.__planbook || (window.__planbook = { waiting: {} });
  var SESSION_HOURS = 8;  // a tab's key unused this long is dropped (the tab is surely gone)
  var LEAVE_SECONDS = 120; // a tab that left a plan page and came back to none within this time

  // ---------- Keys kept in IndexedDB, never as text ----------
  function tabId() {
    try {
      var id = sessionStorage.getItem("planbook-tab");
      if (!id) {
        var bytes = crypto.getRandomValues(new Uint8Array(12));
        id = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
        sessionStorage.setItem("planbook-tab", id);
      }
      return id;
    } catch (e) { return null; }
  }

  function openDb() {
    return new Promise(function (resolve) {
      var request;
      try { request = indexedDB.open("planbook", 1); } catch (e) { resolve(null); return; }
      request.onupgradeneeded = function () { request.result.createObjectStore("keys", { keyPath: "id" }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { resolve(null); };
      request.onblocked = function () { resolve(null); };
    });
  }

  function tx(db, mode, work) {
    return new Promise(function (resolve) {
      if (!db) { resolve(null); return; }
      var result = null, t;
      try { t = db.transaction("keys", mode); } catch (e) { resolve(null); return; }
      var store = t.objectStore("keys");
      work(store, function (value) { result = value; });
      t.oncomplete = function () { resolve(result); };
      t.onerror = t.onabort = function () { resolve(null); };
    });
  }

  function sessionId(site) { return site + "|tab|" + state.tab; }
  function deviceId(site) { return site + "|device"; }

  function getRecord(db, id) {
    return tx(db, "readonly", function (store, done) {
      var r = store.get(id);
      r.onsuccess = function () { done(r.result || null); };
    });
  }

  function putRecord(db, record) {
    return tx(db, "readwrite", function (store) { store.put(record); });
  }

  function deleteRecords(db, ids) {
    return tx(db, "readwrite", function (store) { ids.forEach(function (id) { store.delete(id); }); });
  }

  // Keys of tabs that are gone: unused for hours, or left a plan page and never came back.
  function sweep(db) {
    var now = Date.now();
    return tx(db, "readwrite", function (store) {
      var r = store.openCursor();
      r.onsuccess = function () {
        var cursor = r.result;
        if (!cursor) return;
        var v = cursor.value;
        if (v.tab && v.tab !== state.tab &&
            (now - v.used > SESSION_HOURS * 3600e3 || (v.left && now - v.left > LEAVE_SECONDS * 1e3))) {
          cursor.delete();
        }
        cursor.continue();
      };
    });
  }

  // ---------- Crypto ----------
  function bytesFromBase64(text) {
    var binary = atob(text), bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  function keyBytes(text) {
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
  // Sealed content is framed as length (4 bytes) + data + zero padding (padding.py).
  function unpad(buffer) {
    var view = new DataView(buffer), length = view.getUint32(0);
    if (4 + length > buffer.byteLength) throw new Error("damaged");
    return buffer.slice(4, 4 + length);
  }

  function unwrapContentKey(recipientKey, site) {
    var attempts = site.keys.map(function (entry) {
      return open(recipientKey, bytesFromBase64(entry), "planbook-envelope-v1:" + site.site)
        .then(function (raw) { return raw; }, function () { return null; });
    });
    return Promise.all(attempts).then(function (results) {
      var raw = results.filter(Boolean)[0];
      if (!raw) throw new Error("wrong");
      return importKey(raw);
    });
  }

  // ---------- The locked shell ----------
  function show(which) {
    var blocks = document.querySelectorAll("[data-planbook-state]");
    for (var i = 0; i < blocks.length; i++) {
      blocks[i].hidden = blocks[i].getAttribute("data-planbook-state") !== which;
    }
    document.documentElement.setAttribute("data-planbook", which);
  }

  // This page's own published name: the address it was opened at ("/" is the home page), so a
  // page copied over another one is refused, wherever the site lives (web host, disk, USB stick).
  function pageName() {
    var last = decodeURIComponent(location.pathname.split("/").pop() || "");
    if (!last) return "index.html";
    return /\.html?$/i.test(last) ? last : last + ".html";
  }

  window.__planbook_chunk = function (name, data) {
    var waiter = state.waiting[name];
    if (waiter) { delete state.waiting[name]; waiter.resolve(data); }
  };

  function loadChunk(name) {
    if (!/^data\/[0-9a-f]{16}\.js$/.test(name)) return Promise.reject(new Error("damaged"));
    return new Promise(function (resolve, reject) {
      state.waiting[name] = { resolve: resolve };
      var script = document.createElement("script");
      script.src = name;
      script.onerror = function () { reject(new Error("damaged")); };
      document.head.appendChild(script);
    });
  }

  function openChunk(name) {
    state.chunks = state.chunks || {};
    if (!state.chunks[name]) {
      state.chunks[name] = loadChunk(name).then(function (data) {
        return open(state.contentKey, bytesFromBase64(data), "planbook:" + state.build + ":" + name);
      }).then(unpad);
    }
    return state.chunks[name];
  }

  function blobUrl(item) {
    var name = item.bundle || item.src;
    if (state.files.indexOf(name) < 0) return Promise.reject(new Error("damaged"));
    return openChunk(name).then(function (buffer) {
      var bytes = item.bundle ? buffer.slice(item.at, item.at + item.size) : buffer;
      return URL.createObjectURL(new Blob([bytes], { type: item.type }));
    });
  }

  // Pictures, sounds and styles are decrypted before the page is shown; files that are only
  // the target of a link (the booklet, a whole-plan MP3) wait until the link is used.
  function decryptMedia(media) {
    var tokens = Object.keys(media).filter(function (token) { return !media[token].lazy; });
    return Promise.all(tokens.map(function (token) {
      return blobUrl(media[token]).then(function (url) { return [token, url]; });
    }));
  }

  function findKey(db, site) {
    if (linkKey) {
      return importKey(keyBytes(linkKey)).then(function (key) { return { key: key, from: "link" }; });
    }
    return getRecord(db, sessionId(site.site)).then(function (own) {
      if (own) return { key: own.key, from: "tab" };
      return getRecord(db, deviceId(site.site)).then(function (device) {
        return device ? { key: device.key, from: "device" } : null;
      });
    });
  }

  function keep(db, site, key, from) {
    state.db = db;
    state.site = site.site;
    state.recipientKey = key;
    var now = Date.now(), writes = [putRecord(db, { id: sessionId(site.site), site: site.site, tab: state.tab, key: key, used: now })];
    if (from === "link") {
      // A new link on a device that remembers the plan: remember the new key instead.
      writes.push(getRecord(db, deviceId(site.site)).then(function (device) {
        if (device) return putRecord(db, { id: deviceId(site.site), site: site.site, key: key, used: now });
      }));
    }
    return Promise.all(writes);
  }

  function unlockShell() {
    var site = window.__planbook_site;
    var pageElement = document.getElementById("planbook-page");
    if (!site || site.v !== 2 || !site.site || !site.build || !site.keys || !pageElement) { show("damaged"); return; }
    if (badLink) { show("wrong"); return; }
    if (location.search === "?forgotten" && !linkKey) {
      history.replaceState(null, "", location.pathname);
      show("forgotten");
      return;
    }
    if (!window.crypto || !crypto.subtle) { show(linkKey ? "insecure" : "locked"); return; }
    state.tab = tabId();
    var db;
    openDb().then(function (opened) {
      db = opened;
      return findKey(db, site);
    }).then(function (found) {
      if (!found) { show("locked"); throw new Error("quiet"); }
      show("opening");
      return unwrapContentKey(found.key, site).then(function (contentKey) {
        return keep(db, site, found.key, found.from).then(function () { return contentKey; });
      }, function (error) {
        if (found.from !== "link") {
          // A kept key that no longer opens the plan (revoked): forget it.
          deleteRecords(db, [sessionId(site.site), deviceId(site.site)]);
        }
        throw error;
      });
    }).then(function (contentKey) {
      state.contentKey = contentKey;
      state.build = site.build;
      return open(contentKey, bytesFromBase64(site.manifest), "planbook:" + site.build + ":manifest")
        .then(unpad)
        .then(function (plain) {
          var manifest = JSON.parse(new TextDecoder().decode(plain));
          var name = pageName();
          if (manifest.pages.indexOf(name) < 0) throw new Error("damaged");
          state.files = manifest.files;
          return open(contentKey, bytesFromBase64(pageElement.textContent.trim()),
                      "planbook:" + site.build + ":" + name);
        })
        .then(unpad)
        .catch(function () { throw new Error("damaged"); })
        .then(function (plain) {
          var payload = JSON.parse(new TextDecoder().decode(plain));
          state.lazy = {};
          Object.keys(payload.media || {}).forEach(function (token) {
            if (payload.media[token].lazy) state.lazy[token] = payload.media[token];
          });
          return decryptMedia(payload.media || {})
            .catch(function () { throw new Error("damaged"); })
            .then(function (blobs) {
              var html = payload.html;
              blobs.forEach(function (pair) { html = html.split(pair[0]).join(pair[1]); });
              return html;
            });
        });
    }).then(function (html) {
      sweep(db);
      document.open();
      document.write(html);
      document.close();
    }, function (error) {
      if (error && error.message === "quiet") return;
      show(error && error.message === "damaged" ? "damaged" : "wrong");
    });
  }

  // ---------- The opened page: files behind links, remember and forget ----------
  function openLinkedFile(event) {
    var link = event.target && event.target.closest && event.target.closest("a[href^='planbook-media:']");
    if (!link || !state.lazy) return;
    event.preventDefault();
    var token = link.getAttribute("href");
    var item = state.lazy[token];
    if (!item || link.getAttribute("aria-busy") === "true") return;
    link.setAttribute("aria-busy", "true");
    blobUrl(item).then(function (url) {
      link.removeAttribute("aria-busy");
      var links = document.querySelectorAll("a[href='" + token + "']");
      for (var i = 0; i < links.length; i++) links[i].setAttribute("href", url);
      if (link.hasAttribute("download")) link.click(); else location.assign(url);
    }, function () {
      link.removeAttribute("aria-busy");
      link.textContent = link.textContent + " (this file cannot be opened safely)";
    });
  }

  function wireDevicePanel() {
    var site = state.site, db = state.db;
    document.addEventListener("click", openLinkedFile);
    var remember = document.getElementById("planbook-remember");
    var forgetRow = document.getElementById("planbook-forget-row");
    var forget = document.getElementById("planbook-forget");
    var confirmBox = document.getElementById("planbook-forget-confirm");
    var yes = document.getElementById("planbook-forget-yes");
    var no = document.getElementById("planbook-forget-no");

    function showRemembered(on) {
      if (remember) remember.checked = on;
      if (forgetRow) forgetRow.hidden = !on;
      if (!on && confirmBox) confirmBox.hidden = true;
    }
    function ask(open) {
      if (!confirmBox) return;
      confirmBox.hidden = !open;
      if (forget) forget.setAttribute("aria-expanded", open ? "true" : "false");
      if (open && yes) yes.focus(); else if (forget) forget.focus();
    }

    // "open" is said once the panel shows whether this device remembers the plan.
    var known = getRecord(db, deviceId(site)).then(function (device) { showRemembered(!!device); });
    if (remember) {
      remember.addEventListener("change", function () {
        var on = remember.checked;
        var write = on
          ? putRecord(db, { id: deviceId(site), site: site, key: state.recipientKey, used: Date.now() })
          : deleteRecords(db, [deviceId(site)]);
        write.then(function () { showRemembered(on); });
      });
    }
    if (forget) forget.addEventListener("click", function () { ask(confirmBox && confirmBox.hidden); });
    if (no) no.addEventListener("click", function () { ask(false); });
    if (yes) {
      yes.addEventListener("click", function () {
        deleteRecords(db, [deviceId(site), sessionId(site)]).then(function () {
          state.recipientKey = null;
          location.replace("index.html?forgotten");
        });
      });
    }
    // Leaving the plan: if no plan page follows soon, the tab's key is swept away.
    window.addEventListener("pagehide", function () {
      getRecord(db, sessionId(site)).then(function (own) {
        if (own) { own.left = Date.now(); putRecord(db, own); }
      });
    });
    if (location.hash.length > 1) {
      var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) target.scrollIntoView();
    }
    function opened() { document.documentElement.setAttribute("data-planbook", "open"); }
    known.then(opened, opened);
  }

  if (document.getElementById("planbook-device")) {
    wireDevicePanel();  // the opened page: this script follows the panel
  } else {
    // A locked shell: replace it only once it has finished loading. document.open() on a
    // document that is still being parsed would write the page into the shell.
    if (document.readyState === "complete") unlockShell();
    else window.addEventListener("load", unlockShell);
    // A link pasted into the tab that shows the locked page only changes the fragment.
    window.addEventListener("hashchange", function () {
      if (!document.getElementById("planbook-page") || location.hash.indexOf("#key=") !== 0) return;
      var again = KEY_IN_LINK.exec(location.hash);
      history.replaceState(null, "", location.pathname + location.search);
      linkKey = again ? again[1] : null;
      badLink = !again;
      unlockShell();
    });
  }
})();
