/*
 * Warns the member before their session ends (WCAG 2.2.1) and lets them keep it going.
 * - The idle limit: two minutes before, a dialog offers to stay signed in; one press posts to
 *   the keep-alive address, which rolls the session forward.
 * - The absolute limit is not extended in place: the dialog says when it comes and offers to
 *   sign in again in a new tab. Every page shares the end of its session in localStorage; a
 *   later end means a fresh sign-in elsewhere, and this page then takes a form token of the
 *   new session (if it is the same member's), so that what it holds can still be sent.
 * - When the time is up, the dialog says so and offers the same, or to sign in again here,
 *   or to close it and copy what was typed.
 * Other tabs of the same site count as activity: each page and each keep-alive writes the
 * time to localStorage, and every tab reads it before warning.
 * Every word shown comes from the page (data attributes rendered from the catalogue).
 */
(function () {
  'use strict';

  var dialog = document.getElementById('session-timeout');
  if (!dialog || typeof dialog.showModal !== 'function') return;

  var ACTIVITY_KEY = 'mentormatch.session.activity';
  var END_KEY = 'mentormatch.session.absolute-end';
  // Timers are late after a sleeping laptop or a background tab: look again at least this often.
  var LONGEST_WAIT_MS = 15000;

  var title = document.getElementById('session-timeout-title');
  var body = document.getElementById('session-timeout-body');
  var failed = document.getElementById('session-timeout-failed');
  var form = dialog.querySelector('form');
  var closeButton = dialog.querySelector('[data-close]');
  var signIn = dialog.querySelector('[data-sign-in]');
  var idleMs = Number(dialog.getAttribute('data-idle-ms'));
  var warnMs = Number(dialog.getAttribute('data-warn-ms'));
  var absoluteEnd = Date.now() + Number(dialog.getAttribute('data-absolute-ms'));
  var member = dialog.getAttribute('data-member');
  var tokenUrl = dialog.getAttribute('data-token-url');
  var timeFormat = new Intl.DateTimeFormat(dialog.getAttribute('data-locale') || undefined, {
    hour: 'numeric',
    minute: '2-digit',
  });
  var lastActivity = Date.now();
  var shown = null; // 'idle', 'absolute' or 'ended' while the dialog is open
  var dismissed = null; // the warning closed by the member, not shown again
  var ended = false; // the keep-alive found no session
  var timer = null;

  signIn.href = location.pathname + location.search;

  function readSharedActivity() {
    try {
      var shared = Number(localStorage.getItem(ACTIVITY_KEY));
      if (shared > lastActivity) lastActivity = shared;
    } catch (err) {
      // Storage refused (privacy settings): this tab keeps its own count.
    }
  }

  /** Tells the other tabs when this session ends; only a later end replaces an earlier one. */
  function shareAbsoluteEnd() {
    try {
      if (Number(localStorage.getItem(END_KEY)) < absoluteEnd) {
        localStorage.setItem(END_KEY, String(absoluteEnd));
      }
    } catch (err) {
      // Storage refused: a sign-in in another tab goes unnoticed here.
    }
  }

  /**
   * Another tab has signed in afresh: take the new session's end and form token, unless the
   * browser now holds someone else's session, whose token this page must not use.
   */
  function adoptRenewedSession() {
    var request = new XMLHttpRequest();
    request.open('GET', tokenUrl);
    request.onload = function () {
      if (request.status !== 200) return;
      var session = JSON.parse(request.responseText);
      if (String(session.memberId) !== member) return;
      var tokens = document.querySelectorAll('input[name="_csrf"]');
      Array.prototype.forEach.call(tokens, function (input) {
        input.value = session.csrfToken;
      });
      absoluteEnd = Date.now() + session.absoluteMs;
      ended = false;
      dismissed = null;
      recordActivity();
      check();
    };
    request.send();
  }

  function recordActivity() {
    lastActivity = Date.now();
    try {
      localStorage.setItem(ACTIVITY_KEY, String(lastActivity));
    } catch (err) {
      // As above.
    }
  }

  /** What to show now, and when the next change is due. */
  function stateAt(now) {
    var idleEnd = lastActivity + idleMs;
    var end = ended ? now : Math.min(idleEnd, absoluteEnd);
    if (now >= end)
      return { name: dismissed === 'ended' ? null : 'ended', end: end, next: Infinity };

    var reason = absoluteEnd <= idleEnd ? 'absolute' : 'idle';
    if (now < end - warnMs) return { name: null, end: end, next: end - warnMs };
    return { name: dismissed === reason ? null : reason, end: end, next: end };
  }

  function show(state) {
    var text = body.getAttribute('data-' + state.name);
    title.textContent = title.getAttribute('data-' + state.name);
    body.textContent = text.replace('{time}', timeFormat.format(new Date(state.end)));
    Array.prototype.forEach.call(dialog.querySelectorAll('[data-state]'), function (control) {
      control.hidden = control.getAttribute('data-state').split(' ').indexOf(state.name) < 0;
    });
    if (state.name !== shown) failed.hidden = true;

    // Opening puts the focus on the action, so that one key press answers; a change of state
    // inside the open dialog puts it on the heading, so that the new words are read.
    if (!dialog.open) {
      dialog.showModal();
      dialog.querySelector('[data-state]:not([hidden])').focus();
    } else if (state.name !== shown) {
      title.focus();
    }
    shown = state.name;
  }

  function hide() {
    if (dialog.open) dialog.close();
    shown = null;
  }

  function check() {
    clearTimeout(timer);
    readSharedActivity();
    var now = Date.now();
    var state = stateAt(now);
    if (state.name) show(state);
    else hide();
    if (state.next !== Infinity) {
      timer = setTimeout(check, Math.max(0, Math.min(state.next - now, LONGEST_WAIT_MS)));
    }
  }

  function keepAlive() {
    // Hidden while asking, so that a second failure is announced again.
    failed.hidden = true;
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    request.onload = function () {
      if (request.status === 204) {
        recordActivity();
        check();
      } else {
        // The session is gone already (or its token with it): say so.
        ended = true;
        check();
      }
    };
    request.onerror = function () {
      failed.hidden = false;
    };
    request.send(new URLSearchParams(new FormData(form)).toString());
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    keepAlive();
  });
  closeButton.addEventListener('click', function () {
    dismissed = shown;
    check();
  });
  // Escape: the member is here, so near the idle end it counts as staying; otherwise as Close.
  dialog.addEventListener('cancel', function (event) {
    event.preventDefault();
    if (shown === 'idle') keepAlive();
    else closeButton.click();
  });
  window.addEventListener('storage', function (event) {
    if (event.key === ACTIVITY_KEY) check();
    // A second's slack: pages of one session compute its end from their own clocks.
    if (event.key === END_KEY && Number(event.newValue) > absoluteEnd + 1000) {
      adoptRenewedSession();
    }
  });

  recordActivity();
  shareAbsoluteEnd();
  check();
})();
