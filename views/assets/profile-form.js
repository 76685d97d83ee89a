/*
 * Progressive enhancement of the profile form; the form works in full without it.
 * - The town field suggests Ontario places as the member types (an ARIA 1.2 combobox).
 * - The mentor role is withdrawn as soon as the years typed fall below the program's minimum,
 *   and each role's own fields show only while that role is ticked.
 * Every word shown comes from the page (data attributes rendered from the catalogue).
 */
(function () {
  'use strict';

  var form = document.querySelector('form.profile-form');
  if (!form) return;

  function placePicker(input) {
    var searchUrl = input.getAttribute('data-place-search');
    var status = document.getElementById('place-status');
    var list = document.createElement('ul');
    var places = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    list.id = 'place-options';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('data-list-label') || '');
    list.className = 'place-options';
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);

    function hiddenId() {
      var hidden = form.querySelector('[data-place-id]');
      if (hidden) return hidden;
      hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = 'place_id';
      hidden.setAttribute('data-place-id', '');
      input.parentNode.appendChild(hidden);
      return hidden;
    }

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
      var items = list.children;
      for (var i = 0; i < items.length; i++) {
        items[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
      }
      active = index;
      if (index >= 0) input.setAttribute('aria-activedescendant', items[index].id);
      else input.removeAttribute('aria-activedescendant');
    }

    function choose(index) {
      var place = places[index];
      if (!place) return;
      input.value = place.name;
      hiddenId().value = place.id;
      // A choice made here replaces the 'did you mean' list the server may have shown.
      var choices = form.querySelector('.place-choices');
      if (choices) choices.parentNode.removeChild(choices);
      close();
    }

    function show(found) {
      places = found;
      list.innerHTML = '';
      found.forEach(function (place, i) {
        var item = document.createElement('li');
        item.id = 'place-option-' + i;
        item.setAttribute('role', 'option');
        item.textContent = place.label;
        // Pressing only keeps the focus in the field (so blur does not close the list);
        // the choice is made on release, so a press dragged off the option chooses nothing.
        item.addEventListener('mousedown', function (event) {
          event.preventDefault();
        });
        item.addEventListener('click', function () {
          choose(i);
        });
        list.appendChild(item);
      });
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', found.length > 0 ? 'true' : 'false');
      highlight(-1);
      if (status) {
        var template = status.getAttribute(found.length ? 'data-found' : 'data-none');
        status.textContent = (template || '').replace('{count}', String(found.length));
      }
    }

    function search() {
      var query = input.value.trim();
      var ticket = ++asked;
      if (query.length < 2) {
        places = [];
        list.innerHTML = '';
        return close();
      }
      fetch(searchUrl + '?q=' + encodeURIComponent(query), {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      })
        .then(function (res) { return res.ok ? res.json() : { places: [] }; })
        .then(function (body) { if (ticket === asked) show(body.places || []); })
        .catch(function () { /* the server resolves the typed name on saving */ });
    }

    input.addEventListener('input', function () {
      hiddenId().value = '';
      clearTimeout(timer);
      timer = setTimeout(search, 200);
    });
    input.addEventListener('keydown', function (event) {
      if (list.hidden) return;
      if (event.key === 'ArrowDown') highlight(Math.min(active + 1, places.length - 1));
      else if (event.key === 'ArrowUp') highlight(Math.max(active - 1, 0));
      else if (event.key === 'Enter' && active >= 0) choose(active);
      else if (event.key === 'Escape') close();
      else return;
      event.preventDefault();
    });
    input.addEventListener('blur', close);
  }

  function roleFields() {
    var minYears = Number(form.getAttribute('data-min-mentor-years'));
    var years = form.querySelector('#field-years_experience');
    var mentorOption = form.querySelector('[data-role-option="mentor"]');
    var hint = form.querySelector('[data-mentor-hint]');

    function update() {
      var typed = years.value.trim();
      var tooFew = /^\d+$/.test(typed) && Number(typed) < minYears;
      if (mentorOption) {
        mentorOption.hidden = tooFew;
        mentorOption.querySelector('input').disabled = tooFew;
      }
      if (hint) hint.hidden = !tooFew;
      form.querySelectorAll('[data-for-role]').forEach(function (section) {
        var box = form.querySelector('#field-roles-' + section.getAttribute('data-for-role'));
        section.hidden = !box || box.disabled || !box.checked;
      });
    }

    years.addEventListener('input', update);
    form.querySelectorAll('input[name="roles"]').forEach(function (box) {
      box.addEventListener('change', update);
    });
    update();
  }

  var placeInput = form.querySelector('[data-place-search]');
  if (placeInput && window.fetch) placePicker(placeInput);
  roleFields();
})();
